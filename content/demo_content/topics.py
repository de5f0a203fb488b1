"""Demo topics: the six sections articles sit under. Plain data in the shapes described in
`content.demo_content`."""

TOPICS = [
    {
        "slug": "genome-basics",
        "title": {
            "en": "Genome basics",
            "zh_hant": "基因組基礎知識",
        },
        "summary": {
            "en": (
                "What the genome is, how DNA, genes and chromosomes fit together, and what genetic "
                "variants mean for health."
            ),
            "zh_hant": (
                "認識基因組：脫氧核糖核酸（DNA）、基因和染色體如何互相配合，以及基因變異對健康有甚"
                "麼意義。"
            ),
        },
        "intro": {
            "en": (
                "<p>Every person's genome is a unique set of instructions, shared in large part "
                "with their family. These articles explain the building blocks of genetics in "
                "plain language: DNA, genes, chromosomes and variants. They are a good place to "
                "start before reading about genetic tests or treatments.</p>"
            ),
            "zh_hant": (
                "<p>每個人的基因組都是一套獨特的指令，而且與家人有很大部分相同。這裏的文章以淺白的"
                "語言介紹遺傳學的基本概念：脫氧核糖核酸（DNA）、基因、染色體和變異。在閱讀有關基因"
                "檢測或治療的資料之前，不妨先從這裏開始。</p>"
            ),
        },
        "image": "dna-helix",
    },
    {
        "slug": "genomic-testing",
        "title": {
            "en": "Genomic testing",
            "zh_hant": "基因組檢測",
        },
        "summary": {
            "en": (
                "How genetic and genomic tests work, including whole genome sequencing, and how "
                "genetic counselling supports people before and after testing."
            ),
            "zh_hant": (
                "認識基因及基因組檢測（包括全基因組測序）如何進行，以及遺傳輔導如何在檢測前後為你提"
                "供支援。"
            ),
        },
        "intro": {
            "en": (
                "<p>Genetic tests range from a check of a single gene to reading almost all of a "
                "person's DNA. Here you can learn what different tests can and cannot find, what "
                "the results may mean, and how genetic counsellors help people make informed "
                "choices. Whether to have a test is always your decision.</p>"
            ),
            "zh_hant": (
                "<p>基因檢測的範圍，由檢查單一基因，以至閱讀一個人幾乎全部的DNA都有。你可以在這裏了"
                "解不同檢測能找到甚麼、不能找到甚麼，結果可能代表甚麼，以及遺傳輔導員如何協助大家作"
                "出知情的選擇。是否接受檢測，始終由你決定。</p>"
            ),
        },
        "image": "sequencing",
    },
    {
        "slug": "rare-diseases",
        "title": {
            "en": "Rare diseases",
            "zh_hant": "罕見病",
        },
        "summary": {
            "en": (
                "What rare diseases are, why diagnosis can take years, and how genomic medicine "
                "and support services can help patients and families."
            ),
            "zh_hant": (
                "認識甚麼是罕見病、為何確診可能需時多年，以及基因組醫學和支援服務如何幫助病人及其家"
                "人。"
            ),
        },
        "intro": {
            "en": (
                "<p>Each rare disease affects only a small number of people, but together rare "
                "diseases affect many millions worldwide, and most have a genetic cause. These "
                "articles are written for patients, families and anyone who wants to understand "
                "the search for a diagnosis and life with a rare condition.</p>"
            ),
            "zh_hant": (
                "<p>每種罕見病只影響少數人，但全球合計受罕見病影響的人數以百萬計，而且大部分罕見病"
                "由遺傳因素引起。這些文章是為病人、家屬，以及任何想了解尋求診斷的過程和罕見病患者生"
                "活的人而寫。</p>"
            ),
        },
        "image": "family-tree",
    },
    {
        "slug": "gene-therapy",
        "title": {
            "en": "Gene therapy",
            "zh_hant": "基因治療",
        },
        "summary": {
            "en": (
                "How gene therapies work, using thalassaemia as the main example, with their "
                "benefits, risks, costs and availability."
            ),
            "zh_hant": (
                "以地中海貧血為主要例子，介紹基因治療如何運作，以及其好處、風險、費用和供應情況。"
            ),
        },
        "intro": {
            "en": (
                "<p>Gene therapy aims to treat a condition by adding or changing genes, or by "
                "switching genes on or off. A few gene therapies are now approved, including "
                "treatments for transfusion-dependent beta thalassaemia, a condition of particular "
                "importance in Hong Kong. These articles explain how they work and what families "
                "should consider.</p>"
            ),
            "zh_hant": (
                "<p>基因治療的目標，是透過加入或改變基因，或開啟、關閉基因來治療疾病。"
                "現時已有少數基因治療獲得批准，包括用於治療輸血依賴型乙型地中海貧血的療法，"
                "而這種疾病對香港尤其重要。這些文章解釋這些療法如何運作，以及家庭需要考慮的事項。"
                "</p>"
            ),
        },
        "image": "red-blood-cells",
    },
    {
        "slug": "pharmacogenomics-and-risk",
        "title": {
            "en": "Pharmacogenomics and genetic risk",
            "zh_hant": "藥物基因組學與遺傳風險",
        },
        "summary": {
            "en": (
                "How genes can affect responses to medicines, and what polygenic risk scores can "
                "and cannot tell you about common diseases."
            ),
            "zh_hant": (
                "認識基因如何影響人對藥物的反應，以及多基因風險評分對常見疾病能告訴你甚麼、"
                "不能告訴你甚麼。"
            ),
        },
        "intro": {
            "en": (
                "<p>Some inherited differences change how the body handles certain medicines, and "
                "many small genetic differences together can nudge the chance of common conditions "
                "up or down. These articles explain where genetic information is already useful in "
                "care, and where its limits lie.</p>"
            ),
            "zh_hant": (
                "<p>某些遺傳差異會改變身體處理個別藥物的方式，而許多細微的基因差異加起來，"
                "亦可能略為提高或降低患上常見疾病的機會。這些文章解釋基因資訊在哪些醫療情況下已經有"
                "用，以及它的局限所在。</p>"
            ),
        },
        "image": "medicines",
    },
    {
        "slug": "data-and-consent",
        "title": {
            "en": "Data and consent",
            "zh_hant": "數據與同意",
        },
        "summary": {
            "en": (
                "Your choices about genetic testing and research: consent, privacy, biobanks, and "
                "how genomic data are shared and protected."
            ),
            "zh_hant": (
                "關於基因檢測和研究的選擇：同意、私隱、生物樣本庫，以及基因組數據如何共享和受到保護"
                "。"
            ),
        },
        "intro": {
            "en": (
                "<p>Genomic information is personal, can say something about your relatives, and "
                "may be kept for many years. These articles explain what you are agreeing to when "
                "you consent to testing or research, how samples and data are stored in biobanks, "
                "and how privacy is protected when data are shared.</p>"
            ),
            "zh_hant": (
                "<p>基因組資訊屬於個人資料，可能同時反映你親屬的情況，而且或會保存多年。"
                "這些文章解釋當你同意接受檢測或參與研究時，你所同意的是甚麼、樣本和數據如何存放於生"
                "物樣本庫，以及共享數據時如何保障私隱。</p>"
            ),
        },
        "image": "biobank",
    },
]
