"""Demo articles, part A: genome basics, variant classification, whole genome sequencing,
genetic counselling, rare diseases, and thalassaemia and gene therapy. Plain data in the shapes
described in `content.demo_content`; reviewers are fictional."""

ARTICLES_A = [
    {
        "slug": "what-is-the-genome",
        "topic": "genome-basics",
        "audience": ["public", "students"],
        "level": "general",
        "title": {
            "en": "What is the genome?",
            "zh_hant": "甚麼是基因組？",
        },
        "summary": {
            "en": (
                "Your genome is the full set of DNA instructions in your cells. This article "
                "explains DNA, genes and chromosomes, and why the small differences between "
                "people, called variants, are usually harmless."
            ),
            "zh_hant": (
                "基因組是你細胞內整套脫氧核糖核酸（DNA）指令。本文介紹DNA、基因和染色體，"
                "並解釋人與人之間的細微差異（稱為「變異」）為何通常無害。"
            ),
        },
        "image": "dna-helix",
        "reviewer": {
            "name": "Dr Lee Wing-yan",
            "credentials": {
                "en": "MBBS, FHKAM (Paediatrics), clinical geneticist",
                "zh_hant": "內外全科醫學士、香港醫學專科學院院士（兒科）、臨床遺傳學家",
            },
        },
        "last_reviewed": "2025-09-15",
        "next_review_due": "2027-09-15",
        "related": ["genetic-variants-explained", "whole-genome-sequencing", "genetic-counselling"],
        "body": {
            "en": [
                (
                    "image",
                    {
                        "image": "dna-helix",
                        "alt": (
                            "Illustration of a DNA double helix: two strands, one dark blue and "
                            "one red, twist around each other and are joined by grey rungs."
                        ),
                        "caption": (
                            "DNA is made of two strands twisted into a double helix, joined by "
                            "pairs of chemical bases."
                        ),
                    },
                ),
                ("heading", "Your body's instruction book"),
                (
                    "paragraph",
                    (
                        "<p>Almost every cell in your body carries a copy of your "
                        "<strong>genome</strong>: the complete set of instructions your body uses "
                        "to grow, develop and work from day to day. These instructions are written "
                        "in a chemical called deoxyribonucleic acid, or <strong>DNA</strong>. You "
                        "inherit half of your genome from your mother and half from your father. "
                        "This is one reason why family members often look alike and can share some "
                        "health conditions.</p>"
                    ),
                ),
                ("heading", "DNA: a four-letter code"),
                (
                    "paragraph",
                    (
                        "<p>DNA is shaped like a twisted ladder, known as a double helix. Each "
                        "rung of the ladder is made of two chemical 'letters', called bases, "
                        "joined together. There are four bases: adenine (A), thymine (T), guanine "
                        "(G) and cytosine (C). A always pairs with T, and G always pairs with C. "
                        "Each pair is called a <strong>base pair</strong>. A full set of human DNA "
                        "contains about 3 billion base pairs, and most cells hold two sets, one "
                        "from each parent.</p>"
                    ),
                ),
                ("heading", "Genes: instructions for making proteins"),
                (
                    "paragraph",
                    (
                        "<p>A <strong>gene</strong> is a stretch of DNA that carries the "
                        "instructions for making a particular product, usually a protein. Proteins "
                        "do much of the work in the body: for example, haemoglobin carries oxygen "
                        "in red blood cells, and enzymes help to break down food. People have "
                        "roughly 20,000 genes that make proteins. Surprisingly, these "
                        "protein-making instructions take up only a small part of the genome, less "
                        "than 2%. Much of the rest helps to control when and where genes are "
                        "switched on, and scientists are still learning what many parts do.</p>"
                    ),
                ),
                ("heading", "Chromosomes: how DNA is packaged"),
                (
                    "figure",
                    {
                        "image": "chromosomes",
                        "alt": (
                            "Diagram of eleven pairs of rod-shaped chromosomes in a row, "
                            "alternating red and dark blue, getting shorter from left to right."
                        ),
                        "caption": (
                            "Chromosomes come in pairs: one of each pair comes from the mother and "
                            "one from the father. (Simplified diagram: people have 23 pairs.)"
                        ),
                        "long_description": (
                            "The diagram shows eleven pairs of chromosomes arranged in a single "
                            "row on a pale blue background. Each chromosome is drawn as a tall, "
                            "narrow rod with rounded ends. The two chromosomes in each pair stand "
                            "side by side, linked at the middle by a small pale square. The pairs "
                            "alternate in colour between red and dark blue, and they get steadily "
                            "shorter from left to right, with the longest pair on the left and the "
                            "shortest on the right. The picture is simplified: a typical human "
                            "cell has 23 pairs of chromosomes, 46 in total, which vary in size. "
                            "The two chromosomes in each pair carry the same genes in the same "
                            "order; one is inherited from the mother and the other from the father."
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>The DNA in each cell would be about 2 metres long if it were stretched "
                        "out, so it is tightly wound and packed into structures called "
                        "<strong>chromosomes</strong>. Most people have 46 chromosomes, arranged "
                        "in 23 pairs. Twenty-two pairs are the same in males and females. The last "
                        "pair, the sex chromosomes, is usually XX in females and XY in males. A "
                        "small amount of DNA is also found in mitochondria, the tiny 'power "
                        "stations' inside cells, and this DNA is passed down from the mother.</p>"
                    ),
                ),
                ("heading", "Variants: what makes each genome unique"),
                (
                    "paragraph",
                    (
                        "<p>Any two people share about 99.9% of their DNA sequence. The remaining "
                        "differences are called <strong>variants</strong>. Compared with the "
                        "standard 'reference' genome that scientists use, a typical person has "
                        "about 4 to 5 million variants. Some are changes to a single letter; "
                        "others are small or large pieces of DNA that are missing, added or "
                        "rearranged.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Most variants do nothing harmful. Many sit in parts of the genome "
                        "where they have no noticeable effect. Others simply contribute to normal "
                        "differences between people, such as height, or how our bodies handle some "
                        "foods and medicines. Only a small number of variants change an important "
                        "gene in a way that can cause a health condition, or raise the chance of "
                        "developing one. Working out which variants matter is one of the main "
                        "tasks of genomic medicine.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "A variant is not the same as a disease",
                        "text": (
                            "<p>The word 'variant' simply means a difference. Finding variants in "
                            "your genome is expected and normal. If a genetic test report mentions "
                            "a variant, your doctor or genetic counsellor can explain whether it "
                            "is likely to affect your health.</p>"
                        ),
                    },
                ),
                ("heading", "Why this matters for health"),
                (
                    "paragraph",
                    (
                        "<p>Understanding the genome helps doctors to diagnose inherited "
                        "conditions, to choose some medicines more safely and to understand risks "
                        "within families. Thalassaemia, a blood condition common in Hong Kong, is "
                        "one example of a condition caused by variants in specific genes. Genetic "
                        "information is personal and can be relevant to relatives too, so having a "
                        "test is always a personal choice that should first be discussed with a "
                        "health professional.</p>"
                    ),
                ),
                (
                    "key_points",
                    {
                        "title": "Key points",
                        "points": [
                            (
                                "Your genome is the full set of DNA instructions found in almost "
                                "every cell."
                            ),
                            (
                                "Human DNA has about 3 billion base pairs, packaged into 23 pairs "
                                "of chromosomes."
                            ),
                            (
                                "Genes are sections of DNA that carry instructions, mostly for "
                                "making proteins; people have about 20,000 of them."
                            ),
                            "Everyone has millions of variants, and most of them are harmless.",
                            (
                                "If you have questions about a genetic test result, talk to your "
                                "doctor or genetic counsellor."
                            ),
                        ],
                    },
                ),
                (
                    "references",
                    [
                        {
                            "citation": (
                                "National Human Genome Research Institute. A brief guide to "
                                "genomics. genome.gov fact sheet."
                            ),
                            "doi": None,
                            "url": "https://www.genome.gov/about-genomics/fact-sheets/A-Brief-Guide-to-Genomics",
                        },
                        {
                            "citation": (
                                "National Human Genome Research Institute. Deoxyribonucleic acid "
                                "(DNA) fact sheet. genome.gov."
                            ),
                            "doi": None,
                            "url": "https://www.genome.gov/about-genomics/fact-sheets/Deoxyribonucleic-Acid-Fact-Sheet",
                        },
                        {
                            "citation": (
                                "MedlinePlus Genetics. What is a chromosome? US National Library "
                                "of Medicine."
                            ),
                            "doi": None,
                            "url": "https://medlineplus.gov/genetics/understanding/basics/chromosome/",
                        },
                        {
                            "citation": (
                                "MedlinePlus Genetics. What is a gene variant and how do variants "
                                "occur? US National Library of Medicine."
                            ),
                            "doi": None,
                            "url": "https://medlineplus.gov/genetics/understanding/mutationsanddisorders/genemutation/",
                        },
                        {
                            "citation": (
                                "1000 Genomes Project Consortium. A global reference for human "
                                "genetic variation. Nature. 2015;526(7571):68–74."
                            ),
                            "doi": "10.1038/nature15393",
                            "url": None,
                        },
                    ],
                ),
            ],
            "zh_hant": [
                (
                    "image",
                    {
                        "image": "dna-helix",
                        "alt": (
                            "插圖：一條脫氧核糖核酸（DNA）雙螺旋，一股深藍色、一股紅色，互相纏繞，"
                            "中間以灰色橫檔連接。"
                        ),
                        "caption": "DNA由兩股鏈扭成雙螺旋，中間由一對對化學鹼基連接。",
                    },
                ),
                ("heading", "身體的說明書"),
                (
                    "paragraph",
                    (
                        "<p>你身體裏幾乎每一個細胞都載有一套<strong>基因組</strong>：這是身體用來生"
                        "長、發育和維持日常運作的完整指令。這些指令以一種名為脫氧核糖核酸（<strong>"
                        "DNA</strong>）的化學物質寫成。你的基因組一半來自母親，一半來自父親。"
                        "這是家人的外貌往往相似，亦可能有某些相同健康問題的原因之一。</p>"
                    ),
                ),
                ("heading", "DNA：由四個字母組成的密碼"),
                (
                    "paragraph",
                    (
                        "<p>DNA的形狀像一道扭曲的梯子，稱為雙螺旋。梯子的每一級由兩個化學「字母」"
                        "（稱為鹼基）連接而成。鹼基共有四種：腺嘌呤（A）、胸腺嘧啶（T）、"
                        "鳥嘌呤（G）和胞嘧啶（C）。A總是與T配對，G總是與C配對，每一對稱為一個"
                        "<strong>鹼基對</strong>。一套完整的人類DNA約有30億個鹼基對，而大部分細胞都"
                        "有兩套，一套來自父親，一套來自母親。</p>"
                    ),
                ),
                ("heading", "基因：製造蛋白質的指令"),
                (
                    "paragraph",
                    (
                        "<p><strong>基因</strong>是DNA上的一段，載有製造某種產物（通常是蛋白質）"
                        "的指令。身體大部分的工作都由蛋白質負責，例如紅血球內的血紅素負責運送氧氣，"
                        "而酶則幫助分解食物。人類約有20,000個可製造蛋白質的基因。令人意外的是，"
                        "這些製造蛋白質的指令只佔基因組很小的部分，不足2%。其餘大部分DNA有助控制基"
                        "因在何時、何處開啟，而科學家仍在研究其中許多部分的作用。</p>"
                    ),
                ),
                ("heading", "染色體：DNA如何包裝"),
                (
                    "figure",
                    {
                        "image": "chromosomes",
                        "alt": (
                            "示意圖：十一對棒狀染色體排成一行，紅色與深藍色相間，由左至右逐漸變短。"
                        ),
                        "caption": (
                            "染色體成對出現，每對中的一條來自母親，另一條來自父親。（簡化示意圖："
                            "人類共有23對染色體。）"
                        ),
                        "long_description": (
                            "這幅示意圖在淺藍色背景上，把十一對染色體排成一行。每條染色體都畫成兩端"
                            "圓形、又高又窄的棒狀。每對中的兩條並排站立，中間由一個淺色小方塊相連。"
                            "各對染色體以紅色和深藍色相間，並由左至右逐漸變短，最長的一對在最左，"
                            "最短的一對在最右。這是簡化的示意圖：典型的人類細胞共有23對、"
                            "即46條大小不一的染色體。每對中的兩條染色體以相同次序載有相同的基因，"
                            "一條遺傳自母親，另一條遺傳自父親。"
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>每個細胞內的DNA如果拉直，長約2米，因此需要緊密纏繞，"
                        "包裝成稱為<strong>染色體</strong>的結構。大部分人有46條染色體，組成23對。"
                        "其中22對在男性和女性身上都一樣，最後一對是性染色體，女性通常是XX，"
                        "男性通常是XY。此外，細胞內微小的「發電廠」——線粒體——亦含有少量DNA，"
                        "這部分DNA由母親遺傳下來。</p>"
                    ),
                ),
                ("heading", "變異：令每個基因組獨一無二"),
                (
                    "paragraph",
                    (
                        "<p>任何兩個人的DNA序列約有99.9%相同，餘下的差異稱為<strong>變異</strong>。"
                        "與科學家使用的標準「參考」基因組比較，一般人約有400萬至500萬個變異。"
                        "有些是單一字母的改變，有些則是DNA中或大或小的片段缺失、增加或重新排列。"
                        "</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>大部分變異不會造成傷害。許多變異位於基因組中不會產生明顯影響的部分，"
                        "另一些只是造成人與人之間的正常差異，例如身高，或身體處理某些食物和藥物的方"
                        "式。只有少數變異會以某種方式改變重要的基因，引致某種健康問題，"
                        "或提高患病的機會。找出哪些變異真正重要，是基因組醫學的主要工作之一。</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "變異不等於疾病",
                        "text": (
                            "<p>「變異」一詞只是指差異。在你的基因組中發現變異是預料之內、"
                            "十分正常的事。如果基因檢測報告提及某個變異，你的醫生或遺傳輔導員可以解"
                            "釋它是否可能影響你的健康。</p>"
                        ),
                    },
                ),
                ("heading", "這與健康有甚麼關係"),
                (
                    "paragraph",
                    (
                        "<p>了解基因組有助醫生診斷遺傳病、更安全地選擇某些藥物，以及了解家族中的風"
                        "險。地中海貧血是香港常見的血液病，它就是由特定基因的變異引起的例子之一。"
                        "基因資訊屬於個人資料，亦可能與親屬有關，因此是否接受檢測始終是個人選擇，"
                        "應先與醫護人員商討。</p>"
                    ),
                ),
                (
                    "key_points",
                    {
                        "title": "重點",
                        "points": [
                            "基因組是幾乎每個細胞內都有的一整套DNA指令。",
                            "人類DNA約有30億個鹼基對，包裝成23對染色體。",
                            "基因是載有指令（主要用於製造蛋白質）的DNA片段，人類約有20,000個。",
                            "每個人都有數以百萬計的變異，當中大部分無害。",
                            "如對基因檢測結果有疑問，請向你的醫生或遺傳輔導員查詢。",
                        ],
                    },
                ),
                (
                    "references",
                    [
                        {
                            "citation": (
                                "National Human Genome Research Institute. A brief guide to "
                                "genomics. genome.gov fact sheet."
                            ),
                            "doi": None,
                            "url": "https://www.genome.gov/about-genomics/fact-sheets/A-Brief-Guide-to-Genomics",
                        },
                        {
                            "citation": (
                                "National Human Genome Research Institute. Deoxyribonucleic acid "
                                "(DNA) fact sheet. genome.gov."
                            ),
                            "doi": None,
                            "url": "https://www.genome.gov/about-genomics/fact-sheets/Deoxyribonucleic-Acid-Fact-Sheet",
                        },
                        {
                            "citation": (
                                "MedlinePlus Genetics. What is a chromosome? US National Library "
                                "of Medicine."
                            ),
                            "doi": None,
                            "url": "https://medlineplus.gov/genetics/understanding/basics/chromosome/",
                        },
                        {
                            "citation": (
                                "MedlinePlus Genetics. What is a gene variant and how do variants "
                                "occur? US National Library of Medicine."
                            ),
                            "doi": None,
                            "url": "https://medlineplus.gov/genetics/understanding/mutationsanddisorders/genemutation/",
                        },
                        {
                            "citation": (
                                "1000 Genomes Project Consortium. A global reference for human "
                                "genetic variation. Nature. 2015;526(7571):68–74."
                            ),
                            "doi": "10.1038/nature15393",
                            "url": None,
                        },
                    ],
                ),
            ],
        },
    },
    {
        "slug": "genetic-variants-explained",
        "topic": "genome-basics",
        "audience": ["professionals", "students"],
        "level": "professional",
        "title": {
            "en": "Genetic variants explained: how laboratories classify them",
            "zh_hant": "解讀基因變異：化驗所如何為變異分類",
        },
        "summary": {
            "en": (
                "A professional overview of the ACMG/AMP five-tier system for classifying sequence "
                "variants, the difference between inherited and de novo variants, and why a "
                "variant of uncertain significance should not guide clinical decisions."
            ),
            "zh_hant": (
                "為醫護人員而設的概覽，介紹ACMG/AMP五級序列變異分類系統、遺傳變異與新發變異的分別，"
                "以及為何不應以意義未明的變異作為臨床決定的依據。"
            ),
        },
        "image": "lab",
        "reviewer": {
            "name": "Dr Cheung Tsz-kin",
            "credentials": {
                "en": "MBChB, FHKAM (Pathology), FRCPA, molecular pathologist",
                "zh_hant": (
                    "內外全科醫學士、香港醫學專科學院院士（病理學）、澳洲皇家病理學院院士、"
                    "分子病理學專科醫生"
                ),
            },
        },
        "last_reviewed": "2026-02-10",
        "next_review_due": "2027-02-10",
        "related": [
            "what-is-the-genome",
            "whole-genome-sequencing",
            "genetic-counselling",
            "hereditary-cancer",
        ],
        "body": {
            "en": [
                ("heading", "Why classification matters"),
                (
                    "paragraph",
                    (
                        "<p>Genome sequencing of a single patient typically reveals millions of "
                        "differences from the reference sequence, and even a targeted gene panel "
                        "can return several rare variants. Clinical laboratories therefore need a "
                        "consistent, evidence-based way to decide whether a variant explains a "
                        "patient's condition. The most widely used framework for germline sequence "
                        "variants in Mendelian disease is the 2015 joint guideline of the American "
                        "College of Medical Genetics and Genomics (ACMG) and the Association for "
                        "Molecular Pathology (AMP), usually cited as Richards et al. Somatic "
                        "variants in tumours are assessed with a separate framework.</p>"
                    ),
                ),
                ("heading", "The five tiers"),
                (
                    "paragraph",
                    (
                        "<p>The ACMG/AMP guideline sorts variants into five "
                        "categories:</p><ul><li><strong>Pathogenic</strong>: sufficient evidence "
                        "that the variant causes the condition.</li><li><strong>Likely "
                        "pathogenic</strong>: strong evidence; the guideline suggests using this "
                        "term when there is greater than 90% certainty that the variant is "
                        "disease-causing.</li><li><strong>Uncertain significance (VUS)</strong>: "
                        "the evidence is insufficient or conflicting.</li><li><strong>Likely "
                        "benign</strong>: strong evidence, again with greater than 90% certainty, "
                        "that the variant is not disease-causing.</li><li><strong>Benign</strong>: "
                        "sufficient evidence that the variant does not cause the "
                        "condition.</li></ul><p>The guideline recommends these terms in place of "
                        "older labels such as 'mutation' and 'polymorphism'. A classification "
                        "describes a variant in relation to a particular condition, and it "
                        "reflects the evidence available at the time of reporting.</p>"
                    ),
                ),
                ("heading", "How the evidence is weighed"),
                (
                    "paragraph",
                    (
                        "<p>Evidence is grouped by type and by strength. Types include population "
                        "data (a variant that is too common in healthy people to cause a rare, "
                        "severe disease is unlikely to be pathogenic); the predicted effect on the "
                        "gene (for example, a loss-of-function variant in a gene where loss of "
                        "function is a known disease mechanism); computational predictions; "
                        "functional studies; segregation with disease in a family; and de novo "
                        "occurrence. Each criterion is weighted as stand-alone, very strong, "
                        "strong, moderate or supporting, and published combining rules lead to a "
                        "classification. ClinGen expert panels have since refined how many "
                        "criteria apply to specific genes, and the combining rules have been shown "
                        "to fit a Bayesian statistical model, which supports more quantitative "
                        "approaches.</p>"
                    ),
                ),
                ("heading", "Inherited and de novo variants"),
                (
                    "paragraph",
                    (
                        "<p>A germline variant, present in the egg or sperm, is found in nearly "
                        "every cell and can be passed on. Most germline variants are inherited "
                        "from a parent. A <strong>de novo</strong> variant is newly present in the "
                        "patient and absent in both biological parents; it usually arises in a "
                        "parent's egg or sperm cell or very early in development. Testing the "
                        "parents (trio analysis) helps in two ways. When maternity and paternity "
                        "are confirmed, a de novo variant in a gene that fits the patient's "
                        "features counts as strong evidence of pathogenicity, while a variant "
                        "inherited from a healthy parent may weigh against pathogenicity for a "
                        "fully penetrant dominant condition. Parental testing also informs the "
                        "recurrence risk for future pregnancies, although because of possible "
                        "germline mosaicism this risk after a de novo finding is low but not "
                        "zero.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "tone": "important",
                        "title": "A VUS should not drive clinical decisions",
                        "text": (
                            "<p>The ACMG/AMP guideline states that a variant of uncertain "
                            "significance should not be used in clinical decision-making. "
                            "Management, predictive testing of relatives and reproductive "
                            "decisions should be based on the personal and family history, not on "
                            "the VUS. Cascade testing of relatives for a VUS is generally not "
                            "recommended, except where selected relatives are tested to gather "
                            "segregation evidence.</p>"
                        ),
                    },
                ),
                ("heading", "Reclassification"),
                (
                    "paragraph",
                    (
                        "<p>Classifications change as evidence accumulates. In a large study of "
                        "hereditary cancer testing at one commercial laboratory, about 7.7% of "
                        "unique VUS were reclassified during the study period, and about 91% of "
                        "these were downgraded to benign or likely benign; variants first reported "
                        "as pathogenic or benign were rarely reclassified. Patients should know "
                        "how they will be recontacted if a result changes, and clinicians should "
                        "check for updates before acting on an older report.</p>"
                    ),
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Is a 'likely pathogenic' result enough to act on?",
                            "answer": (
                                "<p>Generally, yes. In practice, likely pathogenic variants are "
                                "usually acted on in a similar way to pathogenic ones, together "
                                "with the clinical findings, while recognising that a small "
                                "proportion may later be reclassified. The decision should still "
                                "fit the overall clinical picture.</p>"
                            ),
                        },
                        {
                            "question": (
                                "Can two laboratories classify the same variant differently?"
                            ),
                            "answer": (
                                "<p>Yes. Differences in available evidence, in-house data or the "
                                "interpretation of criteria can lead to discordant "
                                "classifications. Shared databases such as ClinVar make these "
                                "differences visible, and expert panels help to resolve them.</p>"
                            ),
                        },
                        {
                            "question": "How should a VUS be explained to a patient?",
                            "answer": (
                                "<p>Explain that the laboratory does not yet know whether the "
                                "variant is harmful, that most VUS are later found to be benign, "
                                "that care will be based on their personal and family history, and "
                                "how any update will be shared. Referral to a genetic counsellor "
                                "or clinical geneticist is often helpful.</p>"
                            ),
                        },
                    ],
                ),
                (
                    "key_points",
                    {
                        "title": "Key points",
                        "points": [
                            (
                                "ACMG/AMP 2015 classifies germline variants as pathogenic, likely "
                                "pathogenic, uncertain significance, likely benign or benign."
                            ),
                            "In the guideline's terms, 'likely' means greater than 90% certainty.",
                            (
                                "Evidence types include population frequency, variant effect, "
                                "computational, functional, segregation and de novo data, each "
                                "with a defined strength."
                            ),
                            (
                                "A confirmed de novo variant in a consistent phenotype is strong "
                                "evidence; parental testing also informs recurrence risk."
                            ),
                            (
                                "A VUS should not be used for clinical decisions; most "
                                "reclassified VUS are downgraded."
                            ),
                        ],
                    },
                ),
                (
                    "references",
                    [
                        {
                            "citation": (
                                "Richards S, Aziz N, Bale S, et al. Standards and guidelines for "
                                "the interpretation of sequence variants: a joint consensus "
                                "recommendation of the American College of Medical Genetics and "
                                "Genomics and the Association for Molecular Pathology. Genet Med. "
                                "2015;17(5):405–424."
                            ),
                            "doi": "10.1038/gim.2015.30",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Tavtigian SV, Greenblatt MS, Harrison SM, et al. Modeling the "
                                "ACMG/AMP variant classification guidelines as a Bayesian "
                                "classification framework. Genet Med. 2018;20(9):1054–1060."
                            ),
                            "doi": "10.1038/gim.2017.210",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Mersch J, Brown N, Pirzadeh-Miller S, et al. Prevalence of "
                                "variant reclassification following hereditary cancer genetic "
                                "testing. JAMA. 2018;320(12):1266–1274."
                            ),
                            "doi": "10.1001/jama.2018.13152",
                            "url": None,
                        },
                        {
                            "citation": (
                                "MedlinePlus Genetics. What is a gene variant and how do variants "
                                "occur? US National Library of Medicine."
                            ),
                            "doi": None,
                            "url": "https://medlineplus.gov/genetics/understanding/mutationsanddisorders/genemutation/",
                        },
                    ],
                ),
            ],
            "zh_hant": [
                ("heading", "為何分類重要"),
                (
                    "paragraph",
                    (
                        "<p>為一名病人進行基因組測序，通常會發現數以百萬計與參考序列不同之處；"
                        "即使是針對性的基因組合檢測，也可能找到數個罕見變異。因此，臨床化驗所需要一"
                        "套一致、以證據為本的方法，判斷某個變異能否解釋病人的病情。目前最廣泛用於孟"
                        "德爾遺傳病胚系序列變異的框架，是美國醫學遺傳學與基因組學學院（ACMG）"
                        "與分子病理學會（AMP）於2015年聯合發表的指引，一般引用為Richards等人的文獻"
                        "。腫瘤中的體細胞變異則以另一套框架評估。</p>"
                    ),
                ),
                ("heading", "五個級別"),
                (
                    "paragraph",
                    (
                        "<p>ACMG/AMP指引把變異分為五類：</p><ul><li><strong>致病</strong>："
                        "有足夠證據顯示該變異引致有關疾病。</li><li><strong>可能致病</strong>："
                        "有強力證據；指引建議在有多於90%把握確定該變異致病時使用這個用語。"
                        "</li><li><strong>意義未明（VUS）</strong>：證據不足或互相矛盾。"
                        "</li><li><strong>可能良性</strong>：有強力證據（同樣是多於90%的把握）"
                        "顯示該變異不會致病。</li><li><strong>良性</strong>：有足夠證據顯示該變異不"
                        "會引致有關疾病。</li></ul><p>指引建議以這些用語取代「突變」和「多態性」"
                        "等舊有標籤。分類是針對某個變異與某種特定疾病的關係而言，並反映報告當時所得"
                        "的證據。</p>"
                    ),
                ),
                ("heading", "如何衡量證據"),
                (
                    "paragraph",
                    (
                        "<p>證據按類型和強度分組。證據類型包括：人口數據（若某變異在健康人士中太常"
                        "見，便不大可能導致罕見而嚴重的疾病）；對基因的預測影響（例如某基因已知以功"
                        "能喪失為致病機制，而該變異會令其功能喪失）；電腦預測；功能研究；"
                        "變異在家族中是否與疾病共同分離；以及變異是否新發。每項準則按獨立、非常強、"
                        "強、中等或支持性給予權重，再按已發表的組合規則得出分類。此後，"
                        "ClinGen專家小組已就多項準則在個別基因上的應用作出細化，亦有研究顯示這些組"
                        "合規則與貝葉斯統計模型相符，為更量化的方法提供了基礎。</p>"
                    ),
                ),
                ("heading", "遺傳變異與新發變異"),
                (
                    "paragraph",
                    (
                        "<p>存在於卵子或精子中的胚系變異，會出現在身體幾乎每一個細胞，"
                        "並可遺傳給下一代。大部分胚系變異遺傳自父母其中一方。"
                        "<strong>新發</strong>（de novo）變異則是病人身上新出現、而親生父母雙方都沒"
                        "有的變異，通常在父或母的卵子或精子細胞中，或在胚胎發育極早期出現。"
                        "為父母進行檢測（三人組分析）有兩方面的幫助。在確認親子關係的情況下，"
                        "若在與病人臨床表現吻合的基因中發現新發變異，可視為支持致病的強力證據；"
                        "至於由健康父母遺傳而來的變異，如涉及完全外顯的顯性疾病，則可能成為反對致病"
                        "的證據。父母檢測亦有助評估日後懷孕的再發風險；不過，由於可能存在生殖細胞嵌"
                        "合現象，即使發現的是新發變異，再發風險雖低但並非零。</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "tone": "important",
                        "title": "不應以意義未明的變異作臨床決定",
                        "text": (
                            "<p>ACMG/AMP指引指出，意義未明的變異不應用於臨床決策。治療安排、"
                            "為親屬進行預測性檢測以及生育決定，都應以病人本身及家族病史為依據，"
                            "而不是以該變異為依據。一般不建議為親屬進行針對意義未明變異的連鎖檢測，"
                            "除非是為了收集共分離證據而為特定親屬進行檢測。</p>"
                        ),
                    },
                ),
                ("heading", "重新分類"),
                (
                    "paragraph",
                    (
                        "<p>隨着證據累積，分類可能改變。一項分析某商業化驗所遺傳性癌症檢測的大型研"
                        "究發現，在研究期間約7.7%的獨特意義未明變異被重新分類，其中約91%被降級為良"
                        "性或可能良性；最初報告為致病或良性的變異則甚少被重新分類。病人應知道如果結"
                        "果有變，他們會如何獲得通知；臨床醫生亦應在根據較舊的報告採取行動前，"
                        "先查核有否更新。</p>"
                    ),
                ),
                (
                    "faq",
                    [
                        {
                            "question": "「可能致病」的結果是否足以作為行動依據？",
                            "answer": (
                                "<p>一般而言可以。實際上，可能致病的變異通常會與致病變異一樣，"
                                "配合臨床發現用於決策，但需明白其中一小部分日後可能被重新分類。"
                                "有關決定仍應與整體臨床情況相符。</p>"
                            ),
                        },
                        {
                            "question": "不同化驗所會否把同一個變異分為不同類別？",
                            "answer": (
                                "<p>會。由於可用證據、化驗所內部數據或對準則的詮釋有所不同，"
                                "分類結果可能不一致。ClinVar等共享數據庫令這些差異可被看見，"
                                "而專家小組則協助解決分歧。</p>"
                            ),
                        },
                        {
                            "question": "應如何向病人解釋意義未明的變異？",
                            "answer": (
                                "<p>向病人說明：化驗所暫時未知該變異是否有害；大部分意義未明的變異"
                                "日後會被確定為良性；醫療安排會以其本人及家族病史為依據；"
                                "以及日後如有更新會如何通知。轉介遺傳輔導員或臨床遺傳科醫生通常很有"
                                "幫助。</p>"
                            ),
                        },
                    ],
                ),
                (
                    "key_points",
                    {
                        "title": "重點",
                        "points": [
                            (
                                "ACMG/AMP 2015指引把胚系變異分為致病、可能致病、意義未明、"
                                "可能良性和良性五類。"
                            ),
                            "按指引的定義，「可能」代表多於90%的把握。",
                            (
                                "證據類型包括人口頻率、變異影響、電腦預測、功能研究、共分離和新發變"
                                "異數據，各有既定強度。"
                            ),
                            (
                                "在臨床表現吻合的情況下，經確認的新發變異是強力證據；父母檢測亦有助"
                                "評估再發風險。"
                            ),
                            "不應以意義未明的變異作臨床決定；被重新分類的意義未明變異大多被降級。",
                        ],
                    },
                ),
                (
                    "references",
                    [
                        {
                            "citation": (
                                "Richards S, Aziz N, Bale S, et al. Standards and guidelines for "
                                "the interpretation of sequence variants: a joint consensus "
                                "recommendation of the American College of Medical Genetics and "
                                "Genomics and the Association for Molecular Pathology. Genet Med. "
                                "2015;17(5):405–424."
                            ),
                            "doi": "10.1038/gim.2015.30",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Tavtigian SV, Greenblatt MS, Harrison SM, et al. Modeling the "
                                "ACMG/AMP variant classification guidelines as a Bayesian "
                                "classification framework. Genet Med. 2018;20(9):1054–1060."
                            ),
                            "doi": "10.1038/gim.2017.210",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Mersch J, Brown N, Pirzadeh-Miller S, et al. Prevalence of "
                                "variant reclassification following hereditary cancer genetic "
                                "testing. JAMA. 2018;320(12):1266–1274."
                            ),
                            "doi": "10.1001/jama.2018.13152",
                            "url": None,
                        },
                        {
                            "citation": (
                                "MedlinePlus Genetics. What is a gene variant and how do variants "
                                "occur? US National Library of Medicine."
                            ),
                            "doi": None,
                            "url": "https://medlineplus.gov/genetics/understanding/mutationsanddisorders/genemutation/",
                        },
                    ],
                ),
            ],
        },
    },
    {
        "slug": "whole-genome-sequencing",
        "topic": "genomic-testing",
        "audience": ["public", "patients", "families"],
        "level": "general",
        "title": {
            "en": "Whole genome sequencing: what it is and who it can help",
            "zh_hant": "全基因組測序：是甚麼、可以幫助誰",
        },
        "summary": {
            "en": (
                "Whole genome sequencing reads almost all of a person's DNA in one test. It can "
                "help to find the cause of some rare diseases and guide care in some cancers, but "
                "it does not give an answer for everyone."
            ),
            "zh_hant": (
                "全基因組測序以一次檢測閱讀一個人幾乎全部的DNA。它有助找出某些罕見病的成因，"
                "並為某些癌症的治療提供指引，但並非每個人都能得到答案。"
            ),
        },
        "image": "sequencing",
        "reviewer": {
            "name": "Dr Ng Ka-lok",
            "credentials": {
                "en": "MBBS, FHKAM (Paediatrics), clinical geneticist",
                "zh_hant": "內外全科醫學士、香港醫學專科學院院士（兒科）、臨床遺傳學家",
            },
        },
        "last_reviewed": "2025-12-10",
        "next_review_due": "2026-12-10",
        "related": [
            "genetic-variants-explained",
            "genetic-counselling",
            "living-with-a-rare-disease",
            "consent-for-genomic-testing",
        ],
        "body": {
            "en": [
                ("heading", "What is whole genome sequencing?"),
                (
                    "paragraph",
                    (
                        "<p>Whole genome sequencing (WGS) is a laboratory test that reads nearly "
                        "all of the roughly 3 billion DNA letters in a person's genome. It is "
                        "usually done on a blood sample. Modern machines read millions of short "
                        "pieces of DNA at the same time. Computers then put the pieces together "
                        "and compare them with a standard reference genome to find differences, "
                        "called variants.</p>"
                    ),
                ),
                (
                    "figure",
                    {
                        "image": "sequencing",
                        "alt": (
                            "Grid of small coloured squares in eight rows, in dark blue, red, "
                            "green and gold, representing a sequence of DNA letters."
                        ),
                        "caption": (
                            "Sequencing turns DNA into a long string of four letters, shown here "
                            "as four colours."
                        ),
                        "long_description": (
                            "The illustration shows a grid of small, evenly spaced rectangles on a "
                            "pale blue background: eight rows with thirty rectangles in each row. "
                            "Each rectangle is one of four colours, dark blue, red, green or gold, "
                            "which stand for the four DNA letters, A, C, G and T. Four of the rows "
                            "mix all four colours in a repeating pattern, two rows are entirely "
                            "gold, and the other two rows alternate between red and gold. The "
                            "picture is a simplified way of showing what a sequencing machine "
                            "produces: a long, ordered list of DNA letters, which computers then "
                            "compare with a reference genome to look for differences."
                        ),
                    },
                ),
                ("heading", "How it differs from other genetic tests"),
                (
                    "paragraph",
                    (
                        "<p>Genetic tests differ in how much of the genome they look "
                        "at:</p><ul><li>A <strong>single-gene test</strong> or <strong>gene "
                        "panel</strong> looks at one gene, or a chosen group of genes, linked to a "
                        "particular condition, such as a panel for hearing "
                        "loss.</li><li><strong>Exome sequencing</strong> reads the exons, the "
                        "parts of genes that hold the instructions for making proteins. The exome "
                        "is only about 1 to 2% of the genome, but it contains many of the variants "
                        "known to cause disease.</li><li><strong>Whole genome sequencing</strong> "
                        "reads both the genes and the DNA between them. It can also pick up some "
                        "types of change that other tests may miss, such as larger missing or "
                        "extra pieces of DNA, and changes outside the exons.</li></ul><p>WGS is "
                        "not always the best first test. If doctors strongly suspect a specific "
                        "condition, a targeted test may be quicker and simpler.</p>"
                    ),
                ),
                ("heading", "Who it can help"),
                (
                    "paragraph",
                    (
                        "<p>WGS is mainly used for people who are likely to have a genetic "
                        "condition that has not been diagnosed, especially children with several "
                        "health problems, developmental delay or unexplained symptoms. It is also "
                        "used in some cancers: comparing the DNA of a tumour with the DNA of the "
                        "person's healthy tissue can help doctors to understand the cancer and "
                        "choose treatment. In Hong Kong, ask your specialist whether genome "
                        "sequencing is suitable and available for you, for example through public "
                        "hospital services or research programmes.</p>"
                    ),
                ),
                ("heading", "How often does it find an answer?"),
                (
                    "paragraph",
                    (
                        "<p>WGS does not find a cause for everyone. How often it does depends on "
                        "who is tested and on what is already known. In a pilot of the UK's "
                        "100,000 Genomes Project, which included families with a wide range of "
                        "rare diseases, a genetic diagnosis was made for about 1 in 4 of the "
                        "patients tested; the rate was higher for some conditions, such as "
                        "intellectual disability and some hearing and vision disorders. A review "
                        "of studies in children with suspected genetic disease found that genome "
                        "sequencing gave a diagnosis in about 4 in 10 children on average. These "
                        "figures come from particular groups of patients and cannot predict the "
                        "chance for any one person.</p>"
                    ),
                ),
                ("heading", "Possible results"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>Positive</strong>: a variant is found that explains the "
                        "condition. This can end a long search for a diagnosis and may guide "
                        "treatment, monitoring and family "
                        "planning.</li><li><strong>Negative</strong>: no cause is found. This does "
                        "not rule out a genetic condition, because knowledge is still growing, and "
                        "the data can often be looked at again in the "
                        "future.</li><li><strong>Uncertain</strong>: a variant of uncertain "
                        "significance is found. It is not known whether it is harmful, so it "
                        "should not be used on its own to make medical "
                        "decisions.</li><li><strong>Secondary findings</strong>: some services "
                        "offer to look for variants in a short list of genes linked to serious "
                        "conditions that can be prevented or treated, such as some inherited "
                        "cancers and heart conditions, even though these are unrelated to the "
                        "reason for testing. Whether you receive these is usually your choice, "
                        "made before testing.</li></ul>"
                    ),
                ),
                ("heading", "How long does it take?"),
                (
                    "paragraph",
                    (
                        "<p>Results often take several weeks to a few months, because the analysis "
                        "and checking take time. For very sick babies and children in intensive "
                        "care, some centres offer rapid genome sequencing that can give results "
                        "within days. Your care team will tell you what to expect.</p>"
                    ),
                ),
                (
                    "faq",
                    [
                        {
                            "question": (
                                "Is whole genome sequencing the same as a direct-to-consumer DNA "
                                "test?"
                            ),
                            "answer": (
                                "<p>No. Most consumer DNA kits check a selection of common "
                                "variants rather than reading the whole genome, and they are not "
                                "designed to diagnose disease. Clinical WGS is ordered by a "
                                "doctor, analysed by an accredited laboratory and explained with "
                                "genetic counselling.</p>"
                            ),
                        },
                        {
                            "question": "Will my results affect my family?",
                            "answer": (
                                "<p>They may. If a genetic cause is found, relatives could have "
                                "the same variant, and parents may be asked to give samples to "
                                "help interpret the results. A genetic counsellor can help you "
                                "decide how to share information with family members.</p>"
                            ),
                        },
                        {
                            "question": "What happens to my data?",
                            "answer": (
                                "<p>Your genome data is sensitive personal information. Before "
                                "testing, ask how it will be stored, who can see it and whether it "
                                "may be used for research. Agreeing to research use is usually a "
                                "separate choice.</p>"
                            ),
                        },
                    ],
                ),
                (
                    "key_points",
                    {
                        "title": "Key points",
                        "points": [
                            "WGS reads almost all of a person's DNA in one test.",
                            (
                                "It is mainly used for suspected genetic conditions without a "
                                "diagnosis, and for some cancers."
                            ),
                            (
                                "It finds a cause for some people, not all; published diagnosis "
                                "rates depend on who is tested."
                            ),
                            (
                                "Results can be positive, negative or uncertain, and can include "
                                "secondary findings if you chose to receive them."
                            ),
                            (
                                "Talk to your doctor or genetic counsellor about whether WGS is "
                                "right for you."
                            ),
                        ],
                    },
                ),
                (
                    "references",
                    [
                        {
                            "citation": (
                                "MedlinePlus Genetics. What are whole exome sequencing and whole "
                                "genome sequencing? US National Library of Medicine."
                            ),
                            "doi": None,
                            "url": "https://medlineplus.gov/genetics/understanding/testing/sequencing/",
                        },
                        {
                            "citation": (
                                "National Human Genome Research Institute. DNA sequencing fact "
                                "sheet. genome.gov."
                            ),
                            "doi": None,
                            "url": "https://www.genome.gov/about-genomics/fact-sheets/DNA-Sequencing-Fact-Sheet",
                        },
                        {
                            "citation": (
                                "100,000 Genomes Project Pilot Investigators; Smedley D, Smith KR, "
                                "Martin A, et al. 100,000 Genomes pilot on rare-disease diagnosis "
                                "in health care: preliminary report. N Engl J Med. "
                                "2021;385(20):1868–1880."
                            ),
                            "doi": "10.1056/NEJMoa2035790",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Clark MM, Stark Z, Farnaes L, et al. Meta-analysis of the "
                                "diagnostic and clinical utility of genome and exome sequencing "
                                "and chromosomal microarray in children with suspected genetic "
                                "diseases. NPJ Genom Med. 2018;3:16."
                            ),
                            "doi": "10.1038/s41525-018-0053-8",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Miller DT, Lee K, Abul-Husn NS, et al. ACMG SF v3.2 list for "
                                "reporting of secondary findings in clinical exome and genome "
                                "sequencing: a policy statement of the American College of Medical "
                                "Genetics and Genomics (ACMG). Genet Med. 2023;25(8):100866."
                            ),
                            "doi": "10.1016/j.gim.2023.100866",
                            "url": None,
                        },
                    ],
                ),
            ],
            "zh_hant": [
                ("heading", "甚麼是全基因組測序？"),
                (
                    "paragraph",
                    (
                        "<p>全基因組測序是一種化驗，能閱讀一個人基因組中約30億個DNA字母的絕大部分，"
                        "通常以血液樣本進行。現代儀器可同時閱讀數以百萬計的短小DNA片段，"
                        "再由電腦把片段拼合，並與標準參考基因組比較，找出差異，即所謂變異。</p>"
                    ),
                ),
                (
                    "figure",
                    {
                        "image": "sequencing",
                        "alt": (
                            "由小色塊組成的方格圖，共八行，色塊分為深藍、紅、綠和金色，"
                            "代表一串DNA字母。"
                        ),
                        "caption": "測序把DNA轉化成由四個字母組成的長串，這裏以四種顏色表示。",
                        "long_description": (
                            "這幅插圖在淺藍色背景上，以大小相同、排列整齊的小長方形組成方格："
                            "共八行，每行三十個。每個長方形是深藍、紅、綠或金色四種顏色之一，"
                            "代表DNA的四個字母A、C、G和T。其中四行以重複的規律混合四種顏色，"
                            "兩行全是金色，另外兩行則紅色與金色交替。這是以簡化方式展示測序儀器的產"
                            "出：一長串按次序排列的DNA字母，之後由電腦與參考基因組比較，找出差異。"
                        ),
                    },
                ),
                ("heading", "與其他基因檢測有何不同"),
                (
                    "paragraph",
                    (
                        "<p>不同基因檢測所檢查的基因組範圍各有不同：</p><ul><li><strong>單一基因檢"
                        "測</strong>或<strong>基因組合檢測</strong>只檢查與某種疾病有關的一個或一組"
                        "選定基因，例如針對聽力受損的基因組合。</li><li><strong>外顯子組測序"
                        "</strong>閱讀外顯子，即基因中載有製造蛋白質指令的部分。外顯子組只佔基因組"
                        "約1%至2%，但包含許多已知致病的變異。</li><li><strong>全基因組測序</strong>"
                        "同時閱讀基因及基因之間的DNA，亦能找出其他檢測可能遺漏的某些改變，"
                        "例如較大的DNA片段缺失或重複，以及外顯子以外的改變。</li></ul><p>全基因組測"
                        "序不一定是最適合的首選檢測。如果醫生強烈懷疑是某種特定疾病，針對性檢測可能"
                        "更快、更簡單。</p>"
                    ),
                ),
                ("heading", "可以幫助誰"),
                (
                    "paragraph",
                    (
                        "<p>全基因組測序主要用於相當可能患有遺傳病但未能確診的人，特別是有多種健康"
                        "問題、發展遲緩或病徵原因不明的兒童。它亦用於某些癌症：比較腫瘤的DNA與病人"
                        "健康組織的DNA，有助醫生了解癌症並選擇治療。在香港，你可以向你的專科醫生查"
                        "詢基因組測序是否適合你、能否透過公營醫院服務或研究計劃等途徑進行。</p>"
                    ),
                ),
                ("heading", "找到答案的機會有多大？"),
                (
                    "paragraph",
                    (
                        "<p>全基因組測序並非每次都能找到病因，機會高低取決於接受檢測的是甚麼人，"
                        "以及之前已知的資料。在英國「十萬基因組計劃」的先導研究中，參與的家庭涵蓋多"
                        "種罕見病，約四分之一接受檢測的病人獲得基因診斷；某些情況的比率更高，"
                        "例如智力障礙和某些聽覺及視覺疾病。一項綜合分析針對懷疑患有遺傳病的兒童，"
                        "發現基因組測序平均為約十分之四的兒童找到診斷。這些數字來自特定病人群組，"
                        "不能預測任何個人的機會。</p>"
                    ),
                ),
                ("heading", "可能的結果"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>陽性</strong>：找到能解釋病情的變異。這可以結束漫長的尋找"
                        "診斷過程，亦可能為治療、監察和家庭計劃提供指引。"
                        "</li><li><strong>陰性</strong>：找不到病因。這並不排除遺傳病的可能，"
                        "因為相關知識仍在增長，而數據日後往往可以重新分析。"
                        "</li><li><strong>未能確定</strong>：找到意義未明的變異。由於未知它是否有害"
                        "，不應單憑它作出醫療決定。</li><li><strong>附加發現</strong>："
                        "有些服務會在一小組基因中尋找變異，這些基因與可預防或可治療的嚴重疾病（例如"
                        "某些遺傳性癌症和心臟病）有關，即使這些疾病與檢測原因無關。是否接收這類結果"
                        "，通常由你在檢測前選擇。</li></ul>"
                    ),
                ),
                ("heading", "需要多久？"),
                (
                    "paragraph",
                    (
                        "<p>由於分析和核對需時，結果通常需要數星期至數個月。對於在深切治療部的危重"
                        "嬰兒和兒童，有些醫療中心提供快速基因組測序，可在數天內得出結果。"
                        "你的醫療團隊會告訴你預計需時多久。</p>"
                    ),
                ),
                (
                    "faq",
                    [
                        {
                            "question": "全基因組測序是否等同於直接面向消費者的DNA檢測？",
                            "answer": (
                                "<p>不是。大部分消費者DNA檢測套裝只檢查部分常見變異，而不是閱讀整個"
                                "基因組，亦並非為診斷疾病而設計。臨床全基因組測序由醫生安排，"
                                "由認可化驗所分析，並配合遺傳輔導解釋結果。</p>"
                            ),
                        },
                        {
                            "question": "我的結果會影響家人嗎？",
                            "answer": (
                                "<p>有可能。如果找到遺傳病因，親屬可能帶有相同變異，而父母亦可能被"
                                "邀請提供樣本，以協助解讀結果。遺傳輔導員可以幫助你決定如何與家人分"
                                "享資訊。</p>"
                            ),
                        },
                        {
                            "question": "我的數據會怎樣處理？",
                            "answer": (
                                "<p>你的基因組數據屬敏感的個人資料。檢測前，請查詢數據會如何儲存、"
                                "誰可以查閱，以及會否用於研究。同意數據用於研究，通常是另一項獨立的"
                                "選擇。</p>"
                            ),
                        },
                    ],
                ),
                (
                    "key_points",
                    {
                        "title": "重點",
                        "points": [
                            "全基因組測序以一次檢測閱讀一個人幾乎全部的DNA。",
                            "它主要用於懷疑患有遺傳病但未能確診的人，以及某些癌症。",
                            (
                                "它能為部分人找到病因，但並非所有人；已發表的診斷率取決於接受檢測的"
                                "群組。"
                            ),
                            "結果可以是陽性、陰性或未能確定；如你選擇接收，亦可能包括附加發現。",
                            "請與你的醫生或遺傳輔導員商討全基因組測序是否適合你。",
                        ],
                    },
                ),
                (
                    "references",
                    [
                        {
                            "citation": (
                                "MedlinePlus Genetics. What are whole exome sequencing and whole "
                                "genome sequencing? US National Library of Medicine."
                            ),
                            "doi": None,
                            "url": "https://medlineplus.gov/genetics/understanding/testing/sequencing/",
                        },
                        {
                            "citation": (
                                "National Human Genome Research Institute. DNA sequencing fact "
                                "sheet. genome.gov."
                            ),
                            "doi": None,
                            "url": "https://www.genome.gov/about-genomics/fact-sheets/DNA-Sequencing-Fact-Sheet",
                        },
                        {
                            "citation": (
                                "100,000 Genomes Project Pilot Investigators; Smedley D, Smith KR, "
                                "Martin A, et al. 100,000 Genomes pilot on rare-disease diagnosis "
                                "in health care: preliminary report. N Engl J Med. "
                                "2021;385(20):1868–1880."
                            ),
                            "doi": "10.1056/NEJMoa2035790",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Clark MM, Stark Z, Farnaes L, et al. Meta-analysis of the "
                                "diagnostic and clinical utility of genome and exome sequencing "
                                "and chromosomal microarray in children with suspected genetic "
                                "diseases. NPJ Genom Med. 2018;3:16."
                            ),
                            "doi": "10.1038/s41525-018-0053-8",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Miller DT, Lee K, Abul-Husn NS, et al. ACMG SF v3.2 list for "
                                "reporting of secondary findings in clinical exome and genome "
                                "sequencing: a policy statement of the American College of Medical "
                                "Genetics and Genomics (ACMG). Genet Med. 2023;25(8):100866."
                            ),
                            "doi": "10.1016/j.gim.2023.100866",
                            "url": None,
                        },
                    ],
                ),
            ],
        },
    },
    {
        "slug": "genetic-counselling",
        "topic": "genomic-testing",
        "audience": ["public", "patients", "families"],
        "level": "general",
        "title": {
            "en": "Genetic counselling: what to expect",
            "zh_hant": "遺傳輔導：你可以預期甚麼",
        },
        "summary": {
            "en": (
                "Genetic counsellors help people understand genetic conditions and tests, and "
                "support them in making their own choices. Learn what happens before and after a "
                "test, and how to prepare for an appointment."
            ),
            "zh_hant": (
                "遺傳輔導員協助大家了解遺傳病和基因檢測，並支持他們自行作出選擇。了解檢測前後會發生"
                "甚麼，以及如何為會面作好準備。"
            ),
        },
        "image": "counselling",
        "reviewer": {
            "name": "Ms Yip Hoi-ching",
            "credentials": {
                "en": "MSc (Genetic Counselling), genetic counsellor",
                "zh_hant": "遺傳輔導理學碩士、遺傳輔導員",
            },
        },
        "last_reviewed": "2026-04-20",
        "next_review_due": "2028-04-20",
        "related": [
            "whole-genome-sequencing",
            "genetic-variants-explained",
            "consent-for-genomic-testing",
            "newborn-and-carrier-screening",
        ],
        "body": {
            "en": [
                (
                    "image",
                    {
                        "image": "counselling",
                        "alt": (
                            "Illustration of two people facing each other, one dark blue and one "
                            "red, with an empty speech bubble between them."
                        ),
                        "caption": (
                            "Genetic counselling is a conversation: you can ask questions and take "
                            "time to decide."
                        ),
                    },
                ),
                ("heading", "What does a genetic counsellor do?"),
                (
                    "paragraph",
                    (
                        "<p>Genetic counselling helps people to understand how genes may affect "
                        "their own or their family's health, and supports them in adjusting to "
                        "that information. It is provided by genetic counsellors, clinical "
                        "geneticists (doctors who specialise in genetics) and other trained health "
                        "professionals. They explain conditions and tests in plain language, work "
                        "out the chance that a condition could affect you or your children, and "
                        "talk through what each option could mean for you and your family.</p>"
                    ),
                ),
                ("heading", "Before a test"),
                (
                    "paragraph",
                    (
                        "<p>Before any genetic test, you should have the chance to "
                        "discuss:</p><ul><li>why the test is being offered, and what it can and "
                        "cannot find;</li><li>the possible results, including uncertain results "
                        "and findings not linked to the reason for testing;</li><li>how the "
                        "results could affect your medical care, your feelings and your "
                        "relatives;</li><li>how your sample and data will be stored and used, and "
                        "who will see the results;</li><li>any costs, and how long the results "
                        "will take.</li></ul><p>You will usually be asked to sign a consent form. "
                        "You can ask for more time to think, or decide not to be tested.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Your decision",
                        "text": (
                            "<p>Genetic testing is voluntary. A good genetic counsellor will not "
                            "make the choice for you. Their role is to make sure you have clear "
                            "information and support, so that you can make the decision that is "
                            "right for you and your family. You can also change your mind before "
                            "your sample is tested.</p>"
                        ),
                    },
                ),
                ("heading", "After a test"),
                (
                    "paragraph",
                    (
                        "<p>Results are usually given at a follow-up appointment or by phone. The "
                        "counsellor explains what the result means, answers your questions and "
                        "arranges any follow-up, such as referral to a specialist, regular "
                        "check-ups or testing for other family members. Some results bring relief; "
                        "others can be upsetting or leave uncertainty. Counsellors can offer "
                        "emotional support and tell you about other services that may help.</p>"
                    ),
                ),
                ("heading", "What it means for your family"),
                (
                    "paragraph",
                    (
                        "<p>Because relatives share DNA, a genetic result can sometimes also "
                        "matter to parents, brothers and sisters, children and more distant "
                        "relatives. A counsellor can help you think about who might need to know, "
                        "and how to tell them. Many services provide a letter that you can pass on "
                        "to relatives. Each relative can then decide for themselves whether to "
                        "seek advice or testing.</p>"
                    ),
                ),
                ("heading", "What to bring to an appointment"),
                (
                    "paragraph",
                    (
                        "<ul><li>A list of health conditions in your close and extended family, "
                        "with the age at diagnosis and, where known, the age and cause of death. "
                        "It helps to ask relatives beforehand.</li><li>Copies of any earlier "
                        "genetic test reports, for you or your relatives.</li><li>Relevant medical "
                        "letters or test results.</li><li>Your questions, written down.</li><li>A "
                        "family member or friend for support, if you would like.</li></ul><p>If "
                        "you need an interpreter, let the clinic know in advance.</p>"
                    ),
                ),
                (
                    "key_points",
                    {
                        "title": "Key points",
                        "points": [
                            (
                                "Genetic counselling helps you to understand genetic conditions, "
                                "tests and results, and offers emotional support."
                            ),
                            (
                                "Before a test, you should learn what it can find, the possible "
                                "results and the effects on your family."
                            ),
                            "Testing is always your choice: you can take your time or say no.",
                            (
                                "Results can matter to relatives, and counsellors can help you to "
                                "share them."
                            ),
                            (
                                "Bring a family health history, any earlier reports and your "
                                "questions."
                            ),
                        ],
                    },
                ),
                (
                    "references",
                    [
                        {
                            "citation": (
                                "Resta R, Biesecker BB, Bennett RL, et al. A new definition of "
                                "genetic counseling: National Society of Genetic Counselors' Task "
                                "Force report. J Genet Couns. 2006;15(2):77–83."
                            ),
                            "doi": "10.1007/s10897-005-9014-3",
                            "url": None,
                        },
                        {
                            "citation": (
                                "MedlinePlus Genetics. What is genetic testing? US National "
                                "Library of Medicine."
                            ),
                            "doi": None,
                            "url": "https://medlineplus.gov/genetics/understanding/testing/genetictesting/",
                        },
                        {
                            "citation": (
                                "Genetic Alliance; National Society of Genetic Counselors. Making "
                                "Sense of Your Genes: A Guide to Genetic Counseling. Washington "
                                "(DC): Genetic Alliance; 2008. Chapter: General and pediatric "
                                "genetic counseling."
                            ),
                            "doi": None,
                            "url": "https://www.ncbi.nlm.nih.gov/books/NBK115510/",
                        },
                    ],
                ),
            ],
            "zh_hant": [
                (
                    "image",
                    {
                        "image": "counselling",
                        "alt": "插圖：兩個人面對面，一個深藍色、一個紅色，中間有一個空白的對話框。",
                        "caption": "遺傳輔導是一場對話：你可以發問，並慢慢考慮再作決定。",
                    },
                ),
                ("heading", "遺傳輔導員做甚麼？"),
                (
                    "paragraph",
                    (
                        "<p>遺傳輔導幫助大家了解基因可能如何影響自己或家人的健康，並支援他們適應這"
                        "些資訊。提供遺傳輔導的包括遺傳輔導員、臨床遺傳科醫生（專門研究遺傳學的醫生"
                        "）及其他受過訓練的醫護人員。他們會以淺白的語言解釋疾病和檢測，"
                        "評估某種疾病影響你或你子女的機會，並與你一起探討每個選擇對你和家人可能代表"
                        "甚麼。</p>"
                    ),
                ),
                ("heading", "檢測之前"),
                (
                    "paragraph",
                    (
                        "<p>在進行任何基因檢測前，你應有機會商討：</p><ul><li>為何建議進行這項檢測"
                        "，以及它能找到和不能找到甚麼；</li><li>可能出現的結果，包括未能確定的結果"
                        "，以及與檢測原因無關的發現；</li><li>結果可能如何影響你的醫療安排、"
                        "你的情緒和你的親屬；</li><li>你的樣本和數據會如何儲存和使用，"
                        "以及誰會看到結果；</li><li>任何費用，以及需時多久才有結果。"
                        "</li></ul><p>你通常需要簽署同意書。你可以要求更多時間考慮，亦可以決定不接"
                        "受檢測。</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "由你決定",
                        "text": (
                            "<p>基因檢測是自願的。稱職的遺傳輔導員不會替你作出選擇。他們的角色是確"
                            "保你獲得清晰的資訊和支援，讓你能作出最適合自己和家人的決定。"
                            "在樣本進行化驗前，你亦可以改變主意。</p>"
                        ),
                    },
                ),
                ("heading", "檢測之後"),
                (
                    "paragraph",
                    (
                        "<p>結果通常會在覆診時或透過電話告知。輔導員會解釋結果的意義、"
                        "解答你的問題，並安排任何跟進，例如轉介專科、定期檢查，或為其他家人安排檢測"
                        "。有些結果令人釋懷，有些則可能令人不安或帶來不確定性。輔導員可以提供情緒支"
                        "援，並介紹其他可能有幫助的服務。</p>"
                    ),
                ),
                ("heading", "對家人的意義"),
                (
                    "paragraph",
                    (
                        "<p>由於親屬之間有相同的DNA，一個基因檢測結果有時亦與父母、兄弟姊妹、"
                        "子女及較遠的親屬有關。輔導員可以幫助你考慮誰可能需要知道，以及如何告訴他們"
                        "。許多服務會提供信件，讓你轉交親屬。每位親屬可以自行決定是否尋求意見或接受"
                        "檢測。</p>"
                    ),
                ),
                ("heading", "會面時要帶甚麼"),
                (
                    "paragraph",
                    (
                        "<ul><li>一份列出近親和遠親健康狀況的清單，註明確診時的年齡，以及（如知道）"
                        "離世時的年齡和原因。事前向親屬查問會有幫助。</li><li>你或親屬以往任何基因"
                        "檢測報告的副本。</li><li>相關的醫生信件或檢驗結果。</li><li>預先寫下你想問"
                        "的問題。</li><li>如你希望，可以邀請一位家人或朋友陪同支持。"
                        "</li></ul><p>如需要傳譯服務，請預先通知診所。</p>"
                    ),
                ),
                (
                    "key_points",
                    {
                        "title": "重點",
                        "points": [
                            "遺傳輔導幫助你了解遺傳病、檢測和結果，並提供情緒支援。",
                            "檢測前，你應了解檢測能找到甚麼、可能的結果，以及對家人的影響。",
                            "接受檢測始終是你的選擇：你可以慢慢考慮，亦可以拒絕。",
                            "結果可能對親屬有重要意義，輔導員可以協助你與他們分享。",
                            "會面時請帶備家族健康史、以往的報告和你的問題。",
                        ],
                    },
                ),
                (
                    "references",
                    [
                        {
                            "citation": (
                                "Resta R, Biesecker BB, Bennett RL, et al. A new definition of "
                                "genetic counseling: National Society of Genetic Counselors' Task "
                                "Force report. J Genet Couns. 2006;15(2):77–83."
                            ),
                            "doi": "10.1007/s10897-005-9014-3",
                            "url": None,
                        },
                        {
                            "citation": (
                                "MedlinePlus Genetics. What is genetic testing? US National "
                                "Library of Medicine."
                            ),
                            "doi": None,
                            "url": "https://medlineplus.gov/genetics/understanding/testing/genetictesting/",
                        },
                        {
                            "citation": (
                                "Genetic Alliance; National Society of Genetic Counselors. Making "
                                "Sense of Your Genes: A Guide to Genetic Counseling. Washington "
                                "(DC): Genetic Alliance; 2008. Chapter: General and pediatric "
                                "genetic counseling."
                            ),
                            "doi": None,
                            "url": "https://www.ncbi.nlm.nih.gov/books/NBK115510/",
                        },
                    ],
                ),
            ],
        },
    },
    {
        "slug": "living-with-a-rare-disease",
        "topic": "rare-diseases",
        "audience": ["patients", "families", "public"],
        "level": "general",
        "title": {
            "en": "Living with a rare disease",
            "zh_hant": "與罕見病同行",
        },
        "summary": {
            "en": (
                "Each rare disease affects few people, but together they affect millions "
                "worldwide. Learn how rare diseases are defined, why diagnosis can take years, how "
                "genomic testing helps some families, and where to find support."
            ),
            "zh_hant": (
                "每種罕見病只影響少數人，但全球合共有數以百萬計的人受影響。了解罕見病的定義、"
                "為何確診可能需時多年、基因組檢測如何幫助部分家庭，以及可在哪裏尋求支援。"
            ),
        },
        "image": "family-tree",
        "reviewer": {
            "name": "Dr Fung Mei-kuen",
            "credentials": {
                "en": "MBBS, FHKAM (Paediatrics), paediatrician with an interest in rare diseases",
                "zh_hant": (
                    "內外全科醫學士、香港醫學專科學院院士（兒科）、兒科專科醫生（專注罕見病）"
                ),
            },
        },
        "last_reviewed": "2025-10-01",
        "next_review_due": "2026-10-01",
        "related": [
            "whole-genome-sequencing",
            "genetic-counselling",
            "what-is-the-genome",
            "biobanks-and-your-data",
        ],
        "body": {
            "en": [
                ("heading", "What counts as a rare disease?"),
                (
                    "paragraph",
                    (
                        "<p>A rare disease is one that affects only a small number of people, but "
                        "there is no single worldwide definition. In the European Union, a disease "
                        "is considered rare if it affects no more than 1 in 2,000 people. In the "
                        "United States, a disease is rare if it affects fewer than 200,000 people "
                        "in the country. Other places use their own thresholds.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>More than 6,000 rare diseases have been described, and figures of "
                        "7,000 or more are often quoted. Each one is uncommon, but together they "
                        "are not: an analysis of a large rare-disease database estimated that "
                        "about 3.5% to 5.9% of people worldwide live with a rare disease, roughly "
                        "260 to 450 million people. It is often said that about 80% of rare "
                        "diseases have a genetic cause; the same analysis found that about 72% of "
                        "the diseases it studied are genetic, and that around 7 in 10 begin only "
                        "in childhood.</p>"
                    ),
                ),
                ("heading", "The diagnostic odyssey"),
                (
                    "paragraph",
                    (
                        "<p>Many people with a rare disease wait years for a diagnosis. This long "
                        "search is often called the <strong>diagnostic odyssey</strong>. Symptoms "
                        "can be unusual or differ from person to person, many doctors will never "
                        "have seen a particular condition, and some conditions have only been "
                        "discovered recently. Families may see many specialists and have many "
                        "tests, and are sometimes given the wrong diagnosis along the way. The "
                        "uncertainty can be exhausting and lonely.</p>"
                    ),
                ),
                (
                    "figure",
                    {
                        "image": "family-tree",
                        "alt": (
                            "A simple family tree: a father (unfilled square) and mother (filled "
                            "circle) at the top, with four children below: an unfilled circle, a "
                            "filled square, a filled circle and an unfilled square."
                        ),
                        "caption": (
                            "A family tree, or pedigree, helps doctors see how a condition is "
                            "passed down. Filled shapes show family members who have the condition."
                        ),
                        "long_description": (
                            "The diagram is a family tree drawn in dark blue lines on a pale blue "
                            "background. In medical family trees, squares represent males, circles "
                            "represent females, and a filled (solid) shape shows a person who has "
                            "the condition being studied. At the top, an unfilled square (a father "
                            "without the condition) is joined by a horizontal line to a filled "
                            "circle (a mother who has the condition). A vertical line drops from "
                            "the middle of this line to a horizontal bar, and four shorter lines "
                            "lead down from the bar to their four children. From left to right, "
                            "the children are: an unfilled circle (a daughter without the "
                            "condition), a filled square (a son with the condition), a filled "
                            "circle (a daughter with the condition) and an unfilled square (a son "
                            "without the condition). Patterns like this one, in which a parent "
                            "with the condition has both affected and unaffected sons and "
                            "daughters, can give clues about how a condition is inherited."
                        ),
                    },
                ),
                ("heading", "How genomic testing can help"),
                (
                    "paragraph",
                    (
                        "<p>Genomic tests, such as exome or whole genome sequencing, can look at "
                        "many genes at once instead of one at a time. For some families, this ends "
                        "the odyssey. In a pilot of the UK's 100,000 Genomes Project, genome "
                        "sequencing found a diagnosis for about a quarter of people with rare "
                        "diseases who had not been diagnosed through usual care. A diagnosis can "
                        "explain symptoms, point to treatments or monitoring, avoid further "
                        "unnecessary tests, clarify the chance of the condition happening again in "
                        "the family, and connect families who share the same condition.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Testing does not give an answer for everyone. If no cause is found, "
                        "ask your doctor whether your results could be reviewed again in the "
                        "future, because new disease genes and variants are discovered every "
                        "year.</p>"
                    ),
                ),
                ("heading", "Finding support"),
                (
                    "paragraph",
                    (
                        "<p>Living with a rare disease affects daily life, school, work and family "
                        "relationships. Support can come from many places:</p><ul><li>Your care "
                        "team, which may include specialist doctors, nurses, therapists, social "
                        "workers and genetic counsellors.</li><li>Patient groups, which may focus "
                        "on a single condition or on rare diseases in general. They often share "
                        "practical tips, organise events and speak up for patients' "
                        "needs.</li><li>Online communities, which can link families with the same "
                        "very rare condition across the world. Check any health information you "
                        "find online with your care team.</li><li>Research studies and registries, "
                        "which some families choose to join to help improve knowledge and "
                        "treatments.</li></ul><p>Ask your doctor, nurse or medical social worker "
                        "about groups and services near you. Rare Disease Day, held on the last "
                        "day of February each year, is also a time when many groups share "
                        "information.</p>"
                    ),
                ),
                (
                    "key_points",
                    {
                        "title": "Key points",
                        "points": [
                            (
                                "Definitions of 'rare' differ by region; the European Union uses "
                                "no more than 1 in 2,000 people."
                            ),
                            (
                                "More than 6,000 rare diseases are known; together they are "
                                "estimated to affect about 3.5% to 5.9% of people."
                            ),
                            "Most rare diseases are genetic, and many begin in childhood.",
                            (
                                "Genomic testing ends the diagnostic odyssey for some families, "
                                "but not for all."
                            ),
                            (
                                "Care teams and patient groups can offer practical and emotional "
                                "support."
                            ),
                        ],
                    },
                ),
                (
                    "references",
                    [
                        {
                            "citation": (
                                "Nguengang Wakap S, Lambert DM, Olry A, et al. Estimating "
                                "cumulative point prevalence of rare diseases: analysis of the "
                                "Orphanet database. Eur J Hum Genet. 2020;28(2):165–173."
                            ),
                            "doi": "10.1038/s41431-019-0508-0",
                            "url": None,
                        },
                        {
                            "citation": (
                                "100,000 Genomes Project Pilot Investigators; Smedley D, Smith KR, "
                                "Martin A, et al. 100,000 Genomes pilot on rare-disease diagnosis "
                                "in health care: preliminary report. N Engl J Med. "
                                "2021;385(20):1868–1880."
                            ),
                            "doi": "10.1056/NEJMoa2035790",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Regulation (EC) No 141/2000 of the European Parliament and of the "
                                "Council of 16 December 1999 on orphan medicinal products. "
                                "Official Journal of the European Communities. 2000;L18:1–5."
                            ),
                            "doi": None,
                            "url": None,
                        },
                        {
                            "citation": (
                                "Genetic and Rare Diseases Information Center (GARD). National "
                                "Center for Advancing Translational Sciences, US National "
                                "Institutes of Health."
                            ),
                            "doi": None,
                            "url": "https://rarediseases.info.nih.gov/",
                        },
                        {
                            "citation": (
                                "Orphanet: the portal for rare diseases and orphan drugs. INSERM."
                            ),
                            "doi": None,
                            "url": "https://www.orpha.net/",
                        },
                    ],
                ),
            ],
            "zh_hant": [
                ("heading", "怎樣才算罕見病？"),
                (
                    "paragraph",
                    (
                        "<p>罕見病是只影響少數人的疾病，但全球並沒有單一的定義。在歐洲聯盟，"
                        "影響不多於每2,000人中1人的疾病被視為罕見病；在美國，在全國影響少於200,000"
                        "人的疾病屬罕見病。其他地方則採用各自的標準。</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>已被描述的罕見病超過6,000種，常被引用的數字是7,000種或以上。"
                        "每種罕見病本身並不常見，但加起來卻不少：一項分析大型罕見病數據庫的研究估計"
                        "，全球約3.5%至5.9%的人患有罕見病，即約2.6億至4.5億人。常有說法指約80%的罕"
                        "見病由遺傳因素引起；同一項分析發現，所研究的疾病中約72%屬遺傳病，"
                        "而約十分之七只在兒童期發病。</p>"
                    ),
                ),
                ("heading", "漫長的診斷之旅"),
                (
                    "paragraph",
                    (
                        "<p>許多罕見病患者要等待多年才獲確診。這段漫長的尋找過程常被稱為<strong>「"
                        "診斷之旅」</strong>（diagnostic odyssey）。罕見病的病徵可能不尋常，"
                        "或因人而異；許多醫生從未見過某種疾病，有些疾病更是近年才被發現。"
                        "家庭可能要看許多專科醫生、接受許多檢查，過程中有時更會被誤診。"
                        "這種不確定的狀態可以令人身心俱疲，亦感到孤單。</p>"
                    ),
                ),
                (
                    "figure",
                    {
                        "image": "family-tree",
                        "alt": (
                            "簡單的家族圖譜：上方是父親（空心正方形）和母親（實心圓形），"
                            "下方有四名子女：空心圓形、實心正方形、實心圓形和空心正方形。"
                        ),
                        "caption": (
                            "家族圖譜（又稱系譜圖）幫助醫生了解疾病如何在家族中遺傳。實心圖形代表患"
                            "有該病的家族成員。"
                        ),
                        "long_description": (
                            "這幅家族圖譜以深藍色線條畫在淺藍色背景上。在醫學家族圖譜中，"
                            "正方形代表男性，圓形代表女性，實心圖形代表患有所研究疾病的人。"
                            "上方一個空心正方形（沒有患病的父親）以一條橫線連接一個實心圓形（患病的"
                            "母親）。橫線中間垂下一條直線，連接到下方一條橫杆，再由橫杆分出四條較短"
                            "的直線，通往他們的四名子女。由左至右，子女分別是：空心圓形（沒有患病的"
                            "女兒）、實心正方形（患病的兒子）、實心圓形（患病的女兒）和空心正方形（"
                            "沒有患病的兒子）。像這樣患病的父或母同時有患病和沒有患病的兒子和女兒，"
                            "這類規律可以為疾病的遺傳方式提供線索。"
                        ),
                    },
                ),
                ("heading", "基因組檢測如何幫忙"),
                (
                    "paragraph",
                    (
                        "<p>外顯子組測序或全基因組測序等基因組檢測，可以同時檢查許多基因，"
                        "而不必逐一檢查。對某些家庭來說，這可以結束漫長的診斷之旅。在英國「十萬基因"
                        "組計劃」的先導研究中，基因組測序為約四分之一經常規醫療仍未確診的罕見病患者"
                        "找到診斷。確診可以解釋病徵、指向治療或監察方法、免除不必要的進一步檢查、"
                        "釐清疾病在家族中再次出現的機會，並讓患有同一種疾病的家庭互相聯繫。</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>檢測並非能為每個人找到答案。如果找不到病因，可以問問醫生日後能否重新分"
                        "析你的結果，因為每年都有新的致病基因和變異被發現。</p>"
                    ),
                ),
                ("heading", "尋求支援"),
                (
                    "paragraph",
                    (
                        "<p>罕見病會影響日常生活、學業、工作和家庭關係。支援可以來自不同地方："
                        "</p><ul><li>你的醫療團隊，當中可能包括專科醫生、護士、治療師、"
                        "社工和遺傳輔導員。</li><li>病人組織，有些專注於單一疾病，有些則服務所有罕"
                        "見病患者。它們通常會分享實用貼士、舉辦活動，並為病人的需要發聲。"
                        "</li><li>網上社群，可以把世界各地患有同一種極罕見疾病的家庭聯繫起來。"
                        "在網上找到的健康資訊，請先與你的醫療團隊核實。</li><li>研究及登記冊，"
                        "有些家庭選擇參與，以幫助增進知識和改善治療。</li></ul><p>請向你的醫生、"
                        "護士或醫務社工查詢附近的組織和服務。每年二月的最後一天是「國際罕見病日」，"
                        "許多組織都會在這天分享資訊。</p>"
                    ),
                ),
                (
                    "key_points",
                    {
                        "title": "重點",
                        "points": [
                            "「罕見」的定義因地區而異；歐洲聯盟採用的標準是不多於每2,000人中1人。",
                            "已知的罕見病超過6,000種，估計合共影響全球約3.5%至5.9%的人。",
                            "大部分罕見病由遺傳因素引起，許多在兒童期發病。",
                            "基因組檢測能為部分家庭結束漫長的診斷之旅，但並非所有家庭。",
                            "醫療團隊和病人組織可以提供實際和情緒上的支援。",
                        ],
                    },
                ),
                (
                    "references",
                    [
                        {
                            "citation": (
                                "Nguengang Wakap S, Lambert DM, Olry A, et al. Estimating "
                                "cumulative point prevalence of rare diseases: analysis of the "
                                "Orphanet database. Eur J Hum Genet. 2020;28(2):165–173."
                            ),
                            "doi": "10.1038/s41431-019-0508-0",
                            "url": None,
                        },
                        {
                            "citation": (
                                "100,000 Genomes Project Pilot Investigators; Smedley D, Smith KR, "
                                "Martin A, et al. 100,000 Genomes pilot on rare-disease diagnosis "
                                "in health care: preliminary report. N Engl J Med. "
                                "2021;385(20):1868–1880."
                            ),
                            "doi": "10.1056/NEJMoa2035790",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Regulation (EC) No 141/2000 of the European Parliament and of the "
                                "Council of 16 December 1999 on orphan medicinal products. "
                                "Official Journal of the European Communities. 2000;L18:1–5."
                            ),
                            "doi": None,
                            "url": None,
                        },
                        {
                            "citation": (
                                "Genetic and Rare Diseases Information Center (GARD). National "
                                "Center for Advancing Translational Sciences, US National "
                                "Institutes of Health."
                            ),
                            "doi": None,
                            "url": "https://rarediseases.info.nih.gov/",
                        },
                        {
                            "citation": (
                                "Orphanet: the portal for rare diseases and orphan drugs. INSERM."
                            ),
                            "doi": None,
                            "url": "https://www.orpha.net/",
                        },
                    ],
                ),
            ],
        },
    },
    {
        "slug": "thalassaemia-and-gene-therapy",
        "topic": "gene-therapy",
        "audience": ["patients", "families", "public"],
        "level": "general",
        "title": {
            "en": "Thalassaemia and gene therapy",
            "zh_hant": "地中海貧血與基因治療",
        },
        "summary": {
            "en": (
                "Thalassaemia is a common inherited blood condition in Hong Kong. This article "
                "explains standard care for transfusion-dependent beta thalassaemia and how newer "
                "gene therapies work, including their benefits, risks, costs and availability."
            ),
            "zh_hant": (
                "地中海貧血是香港常見的遺傳血液病。本文解釋輸血依賴型乙型地中海貧血的標準治療，"
                "以及新的基因治療如何運作，包括其好處、風險、費用和供應情況。"
            ),
        },
        "image": "red-blood-cells",
        "reviewer": {
            "name": "Dr Kwok Chun-hei",
            "credentials": {
                "en": "MBBS, FHKAM (Paediatrics), paediatric haematologist and oncologist",
                "zh_hant": "內外全科醫學士、香港醫學專科學院院士（兒科）、兒童血液及腫瘤科專科醫生",
            },
        },
        "last_reviewed": "2026-07-15",
        "next_review_due": "2027-07-15",
        "related": [
            "newborn-and-carrier-screening",
            "genetic-counselling",
            "what-is-the-genome",
            "living-with-a-rare-disease",
        ],
        "body": {
            "en": [
                (
                    "image",
                    {
                        "image": "red-blood-cells",
                        "alt": (
                            "Illustration of seven red, oval blood cells with paler centres, "
                            "scattered on a light blue background."
                        ),
                        "caption": (
                            "Thalassaemia reduces the amount of healthy haemoglobin in red blood "
                            "cells."
                        ),
                    },
                ),
                ("heading", "Thalassaemia in Hong Kong"),
                (
                    "paragraph",
                    (
                        "<p>Thalassaemia is an inherited condition in which the body makes less "
                        "haemoglobin, the protein in red blood cells that carries oxygen. It is "
                        "caused by variants in the genes for the globin chains that make up "
                        "haemoglobin: alpha thalassaemia affects the alpha-globin genes, and beta "
                        "thalassaemia affects the beta-globin gene (<em>HBB</em>).</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Thalassaemia is common in southern China and Southeast Asia. A study "
                        "of Hong Kong secondary school students, published in 1997, found that "
                        "about 5% carried alpha thalassaemia and about 3.4% carried beta "
                        "thalassaemia or haemoglobin E, a related variant: roughly 1 in 20 and 1 "
                        "in 30 people. Carriers are usually healthy, although they may have mild "
                        "anaemia. When both parents carry the same type, each pregnancy can have a "
                        "1 in 4 chance of a baby with a severe form.</p>"
                    ),
                ),
                ("heading", "Transfusion-dependent beta thalassaemia"),
                (
                    "paragraph",
                    (
                        "<p>People who inherit two severely affected copies of the beta-globin "
                        "gene can develop <strong>transfusion-dependent beta thalassaemia</strong> "
                        "(TDT), sometimes called thalassaemia major. Without treatment, severe "
                        "anaemia develops in the first years of life.</p>"
                    ),
                ),
                ("heading", "Standard care"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>Regular blood transfusions</strong>, usually every few "
                        "weeks for life, keep haemoglobin at a safe level and allow normal "
                        "growth.</li><li><strong>Iron chelation</strong>: each transfusion adds "
                        "iron that the body cannot remove by itself. Medicines called iron "
                        "chelators, taken by mouth or given by infusion under the skin, help to "
                        "remove the extra iron and protect the heart, liver and hormone "
                        "glands.</li><li><strong>Stem-cell transplant</strong>: a transplant of "
                        "blood-forming stem cells from a matched donor, often a brother or sister, "
                        "can cure thalassaemia. It carries serious risks, such as "
                        "graft-versus-host disease, and many people do not have a suitable "
                        "donor.</li></ul>"
                    ),
                ),
                ("heading", "How gene therapy works"),
                (
                    "paragraph",
                    (
                        "<p>Gene therapy for TDT uses the person's own blood-forming stem cells, "
                        "so no donor is needed. There are two main approaches.</p>"
                    ),
                ),
                ("subheading", "Gene addition: betibeglogene autotemcel (Zynteglo)"),
                (
                    "paragraph",
                    (
                        "<p>In a laboratory, a modified, disabled virus called a lentiviral vector "
                        "adds a working copy of a beta-globin gene to the stem cells. In a main "
                        "clinical trial in patients without the most severe genotype, 20 of the 22 "
                        "patients who could be assessed stopped needing regular transfusions. This "
                        "treatment was approved in the United States in 2022.</p>"
                    ),
                ),
                ("subheading", "Gene editing: exagamglogene autotemcel (Casgevy)"),
                (
                    "paragraph",
                    (
                        "<p>This treatment uses CRISPR-Cas9, a gene-editing tool, to make a "
                        "precise cut in a stretch of DNA, called an enhancer, that controls the "
                        "<em>BCL11A</em> gene in developing red blood cells. After birth, "
                        "<em>BCL11A</em> normally switches off the production of fetal "
                        "haemoglobin. Reducing its activity lets red blood cells make fetal "
                        "haemoglobin again, which can take the place of the missing adult "
                        "haemoglobin. The first results were published in 2021. In a main trial in "
                        "people aged 12 to 35, 32 of the 35 patients who could be assessed stopped "
                        "needing regular transfusions. It was approved in the United Kingdom in "
                        "2023, and in the United States and the European Union in 2024, for people "
                        "aged 12 and over.</p>"
                    ),
                ),
                ("heading", "What the treatment involves"),
                (
                    "paragraph",
                    (
                        "<ol><li><strong>Collecting stem cells.</strong> Medicines move stem cells "
                        "from the bone marrow into the blood, and a machine that separates blood "
                        "components collects them (apheresis). This may need to be "
                        "repeated.</li><li><strong>Making the treatment.</strong> The cells are "
                        "sent to a specialist laboratory to be modified, which takes several weeks "
                        "to months.</li><li><strong>Conditioning chemotherapy.</strong> In "
                        "hospital, the patient receives strong chemotherapy (busulfan) to make "
                        "space in the bone marrow for the modified "
                        "cells.</li><li><strong>Infusion.</strong> The modified cells are given "
                        "back through a drip. The patient stays in hospital, often for several "
                        "weeks, until the new cells start making blood cells and blood counts "
                        "recover.</li><li><strong>Long-term follow-up.</strong> Patients are "
                        "monitored for many years, usually up to 15 years, to check that the "
                        "treatment keeps working and is safe.</li></ol>"
                    ),
                ),
                ("heading", "Benefits and risks"),
                (
                    "paragraph",
                    (
                        "<p>In clinical trials, most treated patients no longer needed regular "
                        "transfusions, and many were able to reduce or stop iron chelation over "
                        "time. However, these treatments are new, the number of people treated is "
                        "still small, and their long-term effects are not yet fully known.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Most serious risks come from the conditioning chemotherapy. They "
                        "include very low blood counts for several weeks, with a high risk of "
                        "infection and bleeding; mouth sores; liver problems; and a high risk of "
                        "infertility. Families should discuss fertility preservation before "
                        "treatment. There are also possible long-term risks from the genetic "
                        "changes themselves, such as unintended changes to DNA, which is why "
                        "long-term follow-up is required.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "tone": "important",
                        "title": "Cost and availability",
                        "text": (
                            "<p>These are among the most expensive medicines in the world: in the "
                            "United States, the reported list price of each treatment is more than "
                            "US$2 million per patient. They are given only at a small number of "
                            "specialist centres, and availability in Hong Kong is limited and may "
                            "change. Ask your haematologist about the current situation, including "
                            "any clinical trials you may be eligible for.</p>"
                        ),
                    },
                ),
                ("heading", "Questions families can ask"),
                (
                    "faq",
                    [
                        {
                            "question": "Is my child eligible for gene therapy?",
                            "answer": (
                                "<p>Eligibility depends on the type of thalassaemia, age, general "
                                "health, organ function and whether a matched donor is available. "
                                "Your haematologist can explain which options, including a "
                                "stem-cell transplant, might suit your child.</p>"
                            ),
                        },
                        {
                            "question": (
                                "How does gene therapy compare with a donor stem-cell transplant?"
                            ),
                            "answer": (
                                "<p>Gene therapy uses the patient's own cells, so there is no risk "
                                "of graft-versus-host disease. Both need strong chemotherapy. "
                                "Transplants from a matched brother or sister have a much longer "
                                "track record. Ask your care team about the expected benefits and "
                                "risks of each option for your family.</p>"
                            ),
                        },
                        {
                            "question": "What should we ask before deciding?",
                            "answer": (
                                "<ul><li>What results have been seen in people with the same type "
                                "of thalassaemia?</li><li>What is the chance of infertility, and "
                                "what can be done to preserve fertility?</li><li>How long will we "
                                "need to stay in hospital, or away from home?</li><li>What will it "
                                "cost, and is any funding available?</li><li>What follow-up will "
                                "be needed, and for how long?</li></ul>"
                            ),
                        },
                        {
                            "question": "Can the treatment be passed on to future children?",
                            "answer": (
                                "<p>No. The changes are made only in blood-forming stem cells, not "
                                "in eggs or sperm, so they are not inherited. A treated person "
                                "still carries their original thalassaemia variants and can pass "
                                "them on, so genetic counselling before planning a family is still "
                                "important.</p>"
                            ),
                        },
                    ],
                ),
                (
                    "key_points",
                    {
                        "title": "Key points",
                        "points": [
                            (
                                "In Hong Kong, about 1 in 20 people carry alpha thalassaemia and "
                                "about 1 in 30 carry beta thalassaemia."
                            ),
                            (
                                "Standard care for TDT is regular transfusions with iron "
                                "chelation; a donor stem-cell transplant can cure it."
                            ),
                            (
                                "Gene therapy uses the patient's own stem cells, either adding a "
                                "working gene or editing DNA to switch fetal haemoglobin back on."
                            ),
                            (
                                "In trials, most patients stopped needing regular transfusions, "
                                "but treatment involves strong chemotherapy, with risks including "
                                "infertility."
                            ),
                            (
                                "Costs are very high and availability is limited; discuss the "
                                "options with your haematologist."
                            ),
                        ],
                    },
                ),
                (
                    "references",
                    [
                        {
                            "citation": (
                                "Lau YL, Chan LC, Chan YY, et al. Prevalence and genotypes of "
                                "alpha- and beta-thalassemia carriers in Hong Kong: implications "
                                "for population screening. N Engl J Med. 1997;336(18):1298–1301."
                            ),
                            "doi": "10.1056/NEJM199705013361805",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Locatelli F, Thompson AA, Kwiatkowski JL, et al. Betibeglogene "
                                "autotemcel gene therapy for non–β0/β0 genotype β-thalassemia. N "
                                "Engl J Med. 2022;386(5):415–427."
                            ),
                            "doi": "10.1056/NEJMoa2113206",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Frangoul H, Altshuler D, Cappellini MD, et al. CRISPR-Cas9 gene "
                                "editing for sickle cell disease and β-thalassemia. N Engl J Med. "
                                "2021;384(3):252–260."
                            ),
                            "doi": "10.1056/NEJMoa2031054",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Locatelli F, Lang P, Wall D, et al. Exagamglogene autotemcel for "
                                "transfusion-dependent β-thalassemia. N Engl J Med. "
                                "2024;390(18):1663–1676."
                            ),
                            "doi": "10.1056/NEJMoa2309673",
                            "url": None,
                        },
                        {
                            "citation": (
                                "MedlinePlus Genetics. Beta thalassemia. US National Library of "
                                "Medicine."
                            ),
                            "doi": None,
                            "url": "https://medlineplus.gov/genetics/condition/beta-thalassemia/",
                        },
                    ],
                ),
            ],
            "zh_hant": [
                (
                    "image",
                    {
                        "image": "red-blood-cells",
                        "alt": "插圖：七個紅色橢圓形血球，中央顏色較淺，散佈在淺藍色背景上。",
                        "caption": "地中海貧血令紅血球內健康的血紅素減少。",
                    },
                ),
                ("heading", "香港的地中海貧血"),
                (
                    "paragraph",
                    (
                        "<p>地中海貧血是一種遺傳病，患者身體製造的血紅素較少。血紅素是紅血球內負責"
                        "運送氧氣的蛋白質。地中海貧血由構成血紅素的珠蛋白鏈基因出現變異所致："
                        "甲型地中海貧血影響甲型珠蛋白基因，乙型地中海貧血則影響乙型珠蛋白基因（<em>"
                        "HBB</em>）。</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>地中海貧血在華南和東南亞地區十分常見。一項於1997年發表、以香港中學生為"
                        "對象的研究發現，約5%的人是甲型地中海貧血帶因者，約3.4%是乙型地中海貧血或相"
                        "關的血紅素E變異帶因者，即分別約每20人和每30人中有1人。帶因者通常健康，"
                        "但可能有輕微貧血。如果父母雙方都是同一類型的帶因者，每次懷孕都可能有四分之"
                        "一機會生下患嚴重類型的嬰兒。</p>"
                    ),
                ),
                ("heading", "輸血依賴型乙型地中海貧血"),
                (
                    "paragraph",
                    (
                        "<p>遺傳了兩個嚴重受影響的乙型珠蛋白基因的人，可能會患上<strong>輸血依賴型"
                        "乙型地中海貧血</strong>，有時稱為重型地中海貧血。如不治療，患者在出生後數"
                        "年內便會出現嚴重貧血。</p>"
                    ),
                ),
                ("heading", "標準治療"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>定期輸血</strong>：通常每隔數星期一次，需要終身進行，"
                        "以維持安全的血紅素水平，讓身體正常成長。</li><li><strong>除鐵治療</strong>"
                        "：每次輸血都會帶來身體無法自行排出的鐵質。稱為除鐵劑的藥物（口服或以皮下輸"
                        "注方式給予）可以幫助排走多餘的鐵質，保護心臟、肝臟和內分泌腺。"
                        "</li><li><strong>幹細胞移植</strong>：移植來自配對捐贈者（通常是兄弟姊妹）"
                        "的造血幹細胞，可以根治地中海貧血。不過，移植有嚴重風險，例如移植物抗宿主病"
                        "，而且許多人找不到合適的捐贈者。</li></ul>"
                    ),
                ),
                ("heading", "基因治療如何運作"),
                (
                    "paragraph",
                    (
                        "<p>輸血依賴型乙型地中海貧血的基因治療使用病人自己的造血幹細胞，"
                        "因此不需要捐贈者。主要有兩種方法。</p>"
                    ),
                ),
                ("subheading", "基因添加：betibeglogene autotemcel（Zynteglo）"),
                (
                    "paragraph",
                    (
                        "<p>在化驗室中，利用一種經改造、已失去致病能力的病毒（稱為慢病毒載體），"
                        "把一個正常運作的乙型珠蛋白基因加入幹細胞。在一項針對非最嚴重基因型病人的主"
                        "要臨床試驗中，22名可評估的病人中有20人不再需要定期輸血。這種療法於2022年在"
                        "美國獲得批准。</p>"
                    ),
                ),
                ("subheading", "基因編輯：exagamglogene autotemcel（Casgevy）"),
                (
                    "paragraph",
                    (
                        "<p>這種療法使用基因編輯工具CRISPR-Cas9，在一段稱為增強子的DNA上作精確切割"
                        "；這段DNA在發育中的紅血球裏控制<em>BCL11A</em>基因。出生後，"
                        "<em>BCL11A</em>通常會關閉胎兒血紅素的製造；減低它的活性，可以讓紅血球再次"
                        "製造胎兒血紅素，代替所欠缺的成人血紅素。首批結果於2021年發表。"
                        "在一項針對12至35歲人士的主要試驗中，35名可評估的病人中有32人不再需要定期輸"
                        "血。這種療法於2023年在英國獲批，並於2024年在美國和歐洲聯盟獲批，"
                        "用於12歲或以上人士。</p>"
                    ),
                ),
                ("heading", "治療過程"),
                (
                    "paragraph",
                    (
                        "<ol><li><strong>收集幹細胞：</strong>藥物把幹細胞由骨髓帶到血液中，"
                        "再以分離血液成分的機器收集（血液分離術）。這個步驟可能需要重複。"
                        "</li><li><strong>製造療法：</strong>細胞會被送往專門化驗室進行改造，"
                        "需時數星期至數個月。</li><li><strong>預處理化療：</strong>病人入院接受強力"
                        "化療（白消安），為改造後的細胞在骨髓中騰出空間。</li><li><strong>輸注："
                        "</strong>改造後的細胞經靜脈滴注輸回體內。病人需要留院，通常為期數星期，"
                        "直至新細胞開始製造血球、血球數目回升。</li><li><strong>長期跟進："
                        "</strong>病人需要接受多年監察，通常長達15年，以確保療法持續有效和安全。"
                        "</li></ol>"
                    ),
                ),
                ("heading", "好處與風險"),
                (
                    "paragraph",
                    (
                        "<p>在臨床試驗中，大部分接受治療的病人不再需要定期輸血，許多人亦可以逐步減"
                        "少或停止除鐵治療。不過，這些療法仍屬新穎，接受治療的人數仍然不多，"
                        "長期影響尚未完全清楚。</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>大部分嚴重風險來自預處理化療，包括血球數目在數星期內極低，"
                        "因而有很高的感染和出血風險；口腔潰瘍；肝臟問題；以及很高的不育風險。"
                        "家庭應在治療前商討保存生育能力的方法。此外，基因改變本身亦可能帶來長期風險"
                        "，例如對DNA造成非預期的改變，因此必須進行長期跟進。</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "tone": "important",
                        "title": "費用和供應",
                        "text": (
                            "<p>這些療法屬全球最昂貴的藥物之一：據報在美國，每種療法的標價均超過每"
                            "名病人200萬美元。療法只在少數專科中心提供，在香港的供應有限，"
                            "情況亦可能改變。請向你的血液科醫生查詢最新情況，包括你可能符合資格參加"
                            "的臨床試驗。</p>"
                        ),
                    },
                ),
                ("heading", "家庭可以問的問題"),
                (
                    "faq",
                    [
                        {
                            "question": "我的孩子是否適合接受基因治療？",
                            "answer": (
                                "<p>是否適合取決於地中海貧血的類型、年齡、整體健康狀況、器官功能，"
                                "以及是否有配對的捐贈者。你的血液科醫生可以解釋哪些選擇（包括幹細胞"
                                "移植）可能適合你的孩子。</p>"
                            ),
                        },
                        {
                            "question": "基因治療與捐贈者幹細胞移植相比如何？",
                            "answer": (
                                "<p>基因治療使用病人自己的細胞，因此沒有移植物抗宿主病的風險。"
                                "兩者都需要強力化療。由配對兄弟姊妹捐贈的移植，使用經驗長得多。"
                                "請向你的醫療團隊了解每種方法對你家庭的預期好處和風險。</p>"
                            ),
                        },
                        {
                            "question": "決定前我們應該問甚麼？",
                            "answer": (
                                "<ul><li>與我們同一類型的地中海貧血病人，治療結果如何？"
                                "</li><li>不育的機會有多大？有甚麼方法可以保存生育能力？"
                                "</li><li>需要留院或離家多久？</li><li>費用是多少？有沒有資助？"
                                "</li><li>需要甚麼跟進？要跟進多久？</li></ul>"
                            ),
                        },
                        {
                            "question": "這種治療會遺傳給下一代嗎？",
                            "answer": (
                                "<p>不會。改變只在造血幹細胞中進行，而不涉及卵子或精子，"
                                "所以不會遺傳。接受治療的人仍然帶有原本的地中海貧血變異，"
                                "並可能遺傳給子女，因此計劃生育前接受遺傳輔導仍然重要。</p>"
                            ),
                        },
                    ],
                ),
                (
                    "key_points",
                    {
                        "title": "重點",
                        "points": [
                            (
                                "在香港，約每20人中有1人是甲型地中海貧血帶因者，約每30人中有1人是乙"
                                "型地中海貧血帶因者。"
                            ),
                            (
                                "輸血依賴型乙型地中海貧血的標準治療是定期輸血配合除鐵治療；"
                                "捐贈者幹細胞移植可以根治。"
                            ),
                            (
                                "基因治療使用病人自己的幹細胞，方法是加入正常基因，或編輯DNA以重新"
                                "啟動胎兒血紅素的製造。"
                            ),
                            (
                                "在試驗中大部分病人不再需要定期輸血，但治療涉及強力化療，"
                                "風險包括不育。"
                            ),
                            "費用非常高昂，供應有限；請與你的血液科醫生商討各種選擇。",
                        ],
                    },
                ),
                (
                    "references",
                    [
                        {
                            "citation": (
                                "Lau YL, Chan LC, Chan YY, et al. Prevalence and genotypes of "
                                "alpha- and beta-thalassemia carriers in Hong Kong: implications "
                                "for population screening. N Engl J Med. 1997;336(18):1298–1301."
                            ),
                            "doi": "10.1056/NEJM199705013361805",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Locatelli F, Thompson AA, Kwiatkowski JL, et al. Betibeglogene "
                                "autotemcel gene therapy for non–β0/β0 genotype β-thalassemia. N "
                                "Engl J Med. 2022;386(5):415–427."
                            ),
                            "doi": "10.1056/NEJMoa2113206",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Frangoul H, Altshuler D, Cappellini MD, et al. CRISPR-Cas9 gene "
                                "editing for sickle cell disease and β-thalassemia. N Engl J Med. "
                                "2021;384(3):252–260."
                            ),
                            "doi": "10.1056/NEJMoa2031054",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Locatelli F, Lang P, Wall D, et al. Exagamglogene autotemcel for "
                                "transfusion-dependent β-thalassemia. N Engl J Med. "
                                "2024;390(18):1663–1676."
                            ),
                            "doi": "10.1056/NEJMoa2309673",
                            "url": None,
                        },
                        {
                            "citation": (
                                "MedlinePlus Genetics. Beta thalassemia. US National Library of "
                                "Medicine."
                            ),
                            "doi": None,
                            "url": "https://medlineplus.gov/genetics/condition/beta-thalassemia/",
                        },
                    ],
                ),
            ],
        },
    },
]
