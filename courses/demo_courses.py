"""Demo courses, written for this project in English and Traditional Chinese. Demo content, not
accredited teaching material; CPD values are illustrative, not official awards.

Each question carries the source its answer rests on (in `explanation`). Shapes:
COURSE = {slug, title, summary, outcomes, professions, level, hours, languages, mode, topic,
          prerequisites, cpd: [(scheme, points)], modules: [MODULE]}
MODULE = (title, [LESSON]); LESSON = (slug, kind, title, body-or-transcript, extra)
QUESTION = dict(kind, prompt, options=[(en, zh, correct)], answer, value, tolerance, explanation)
Texts are (English, Traditional Chinese) pairs.
"""


def reading(slug, title, paragraphs):
    return {"slug": slug, "kind": "reading", "title": title, "paragraphs": paragraphs}


def video(slug, title, transcript, url=""):
    return {"slug": slug, "kind": "video", "title": title, "transcript": transcript, "url": url}


def quiz(slug, title, questions, **settings):
    return {"slug": slug, "kind": "quiz", "title": title, "questions": questions, **settings}


def single(prompt, options, explanation):
    return {"kind": "single", "prompt": prompt, "options": options, "explanation": explanation}


def multiple(prompt, options, explanation):
    return {"kind": "multiple", "prompt": prompt, "options": options, "explanation": explanation}


def true_false(prompt, answer, explanation):
    return {"kind": "true_false", "prompt": prompt, "answer": answer, "explanation": explanation}


def numeric(prompt, value, tolerance, explanation):
    return {
        "kind": "numeric",
        "prompt": prompt,
        "value": value,
        "tolerance": tolerance,
        "explanation": explanation,
    }


def ordering(prompt, steps, explanation):
    """`steps` in the right order."""
    options = [(en, zh, False) for en, zh in steps]
    return {"kind": "ordering", "prompt": prompt, "options": options, "explanation": explanation}


ACMG = "Richards S, et al. Genet Med 2015;17:405–424 (ACMG/AMP variant classification)."
ACMG_ZH = "Richards S 等，《Genet Med》2015;17:405–424（ACMG/AMP 變異分類指引）。"

FUNDAMENTALS = {
    "slug": "genomics-fundamentals-for-clinicians",
    "title": ("Genomics fundamentals for clinicians", "臨床人員基因組學基礎"),
    "summary": (
        "The genome, variants and inheritance, and how genomic tests are chosen and read. For "
        "doctors and nurses who order tests or talk with families about results.",
        "認識基因組、變異與遺傳模式，以及如何選擇和解讀基因組檢測。適合需要安排檢測或向家庭解釋結果的醫生及護士。",
    ),
    "outcomes": (
        [
            "Describe genes, variants and the main patterns of inheritance.",
            "Choose between a gene panel, exome and genome sequencing.",
            "Explain the five classes of variant to a patient.",
        ],
        [
            "說明基因、變異及主要遺傳模式。",
            "在基因組合、外顯子組及全基因組測序之間作出選擇。",
            "向病人解釋變異的五個分類。",
        ],
    ),
    "professions": ["doctor", "nurse"],
    "level": "foundation",
    "hours": "3.0",
    "languages": ["en", "bilingual"],
    "mode": "open",
    "topic": "genome-basics",
    "prerequisites": [],
    "cpd": [("hkam-cme", "3"), ("mchk-cme", "3"), ("nursing-cne", "3")],
    "modules": [
        (
            ("The genome and inheritance", "基因組與遺傳"),
            [
                reading(
                    "genes-and-variants",
                    ("Genes and variants", "基因與變異"),
                    [
                        (
                            "The human genome holds about 3.1 billion base pairs of DNA, with "
                            "roughly 20,000 protein-coding genes that make up under 2% of it.",
                            "人類基因組約有31億個鹼基對，其中約2萬個蛋白質編碼基因，只佔不足2%。",
                        ),
                        (
                            "Any two people differ at millions of positions. Most variants are "
                            "harmless; a few change how a gene works and can cause disease.",
                            "任何兩個人之間都有數以百萬計的差異。大部分變異無害，只有少數會改變基因功能並引致疾病。",
                        ),
                    ],
                ),
                reading(
                    "patterns-of-inheritance",
                    ("Patterns of inheritance", "遺傳模式"),
                    [
                        (
                            "In autosomal recessive conditions such as β-thalassaemia major, "
                            "two carrier parents have a 1 in 4 (25%) chance in each pregnancy "
                            "of an affected child.",
                            "在乙型重型地中海貧血等常染色體隱性遺傳病中，父母同為帶因者時，每次懷孕有四分之一（25%）機會生下患病子女。",
                        ),
                        (
                            "In autosomal dominant conditions, each child of an affected parent "
                            "has a 50% chance of inheriting the variant.",
                            "在常染色體顯性遺傳病中，患者的每名子女均有50%機會遺傳該變異。",
                        ),
                    ],
                ),
            ],
        ),
        (
            ("Tests and results", "檢測與結果"),
            [
                reading(
                    "choosing-a-test",
                    ("Choosing a test", "選擇檢測"),
                    [
                        (
                            "A gene panel reads a chosen set of genes; exome sequencing reads "
                            "the protein-coding parts of all genes; genome sequencing reads "
                            "nearly all of the DNA, including non-coding regions and many "
                            "structural variants.",
                            "基因組合只分析選定的基因；外顯子組測序分析所有基因的蛋白質編碼部分；全基因組測序則分析幾乎所有DNA，包括非編碼區域及不少結構變異。",
                        ),
                        (
                            "Laboratories classify variants as pathogenic, likely pathogenic, "
                            "of uncertain significance, likely benign or benign (ACMG/AMP).",
                            "化驗所會按ACMG/AMP指引把變異分為致病、可能致病、意義未明、可能良性及良性五類。",
                        ),
                    ],
                ),
                quiz(
                    "check-your-understanding",
                    ("Check your understanding", "測試你的理解"),
                    [
                        numeric(
                            (
                                "About how many billion base pairs are in the human genome "
                                "(haploid)? Answer in billions.",
                                "人類（單倍體）基因組約有多少十億個鹼基對？請以十億為單位作答。",
                            ),
                            "3.1",
                            "0.2",
                            (
                                "About 3.1 billion (GRCh38 reference, ~3.1 Gb).",
                                "約31億（GRCh38參考基因組約3.1 Gb）。",
                            ),
                        ),
                        single(
                            (
                                "Two carriers of β-thalassaemia have a child. What is the "
                                "chance the child has β-thalassaemia major?",
                                "兩名乙型地中海貧血帶因者生育子女，子女患重型乙型地中海貧血的機會是多少？",
                            ),
                            [
                                ("25%", "25%", True),
                                ("50%", "50%", False),
                                ("75%", "75%", False),
                                ("100%", "100%", False),
                            ],
                            (
                                "Autosomal recessive: 1 in 4 in each pregnancy.",
                                "常染色體隱性遺傳：每次懷孕四分之一。",
                            ),
                        ),
                        true_false(
                            (
                                "Exome sequencing reads the non-coding regions of the genome.",
                                "外顯子組測序會分析基因組的非編碼區域。",
                            ),
                            False,
                            (
                                "Exomes cover protein-coding exons; genomes cover non-coding "
                                "DNA too.",
                                "外顯子組只涵蓋蛋白質編碼的外顯子；全基因組才涵蓋非編碼DNA。",
                            ),
                        ),
                        ordering(
                            (
                                "Order the ACMG/AMP classes from most to least likely to "
                                "cause disease.",
                                "按致病可能性由高至低排列ACMG/AMP分類。",
                            ),
                            [
                                ("Pathogenic", "致病"),
                                ("Likely pathogenic", "可能致病"),
                                ("Uncertain significance", "意義未明"),
                                ("Likely benign", "可能良性"),
                                ("Benign", "良性"),
                            ],
                            (ACMG, ACMG_ZH),
                        ),
                        multiple(
                            (
                                "Which can genome sequencing detect that an exome usually "
                                "misses? Choose all that apply.",
                                "以下哪些是全基因組測序能偵測、而外顯子組測序通常會遺漏的？（可選多項）",
                            ),
                            [
                                ("Deep intronic variants", "深層內含子變異", True),
                                ("Many structural variants", "不少結構變異", True),
                                ("Variants in coding exons", "編碼外顯子中的變異", False),
                            ],
                            (
                                "Both tests read coding exons; genomes add non-coding and "
                                "structural changes.",
                                "兩者都分析編碼外顯子；全基因組另可偵測非編碼及結構變異。",
                            ),
                        ),
                        single(
                            (
                                "An affected parent has an autosomal dominant condition. "
                                "What is each child's chance of inheriting the variant?",
                                "父或母患有常染色體顯性遺傳病，每名子女遺傳該變異的機會是多少？",
                            ),
                            [
                                ("50%", "50%", True),
                                ("25%", "25%", False),
                                ("Nearly none", "幾乎沒有", False),
                            ],
                            ("One of two copies is passed on.", "父母兩個副本之一會傳給子女。"),
                        ),
                        true_false(
                            (
                                "Most differences between two people's genomes are harmless.",
                                "兩個人基因組之間的差異大多無害。",
                            ),
                            True,
                            ("Most variants are benign.", "大部分變異屬良性。"),
                        ),
                        numeric(
                            (
                                "About how many thousand protein-coding genes does the human "
                                "genome have? Answer in thousands.",
                                "人類基因組約有多少千個蛋白質編碼基因？請以千為單位作答。",
                            ),
                            "20",
                            "1",
                            ("Roughly 19,000–21,000.", "約19,000至21,000個。"),
                        ),
                    ],
                ),
            ],
        ),
    ],
}

PHARMACOGENOMICS = {
    "slug": "pharmacogenomics-in-practice",
    "title": ("Pharmacogenomics in practice", "藥物基因組學實務"),
    "summary": (
        "How gene variants change drug response, with the examples that matter most in Hong "
        "Kong: HLA-B*15:02 and carbamazepine, CYP2C19 and clopidogrel, and NUDT15 and thiopurines.",
        "基因變異如何影響藥物反應，並以在香港最重要的例子說明：HLA-B*15:02與卡巴咪嗪、CYP2C19與氯吡格雷，以及NUDT15與硫嘌呤類藥物。",
    ),
    "outcomes": (
        ["Name gene–drug pairs with guidelines.", "Act on a pharmacogenomic result."],
        ["列出有指引的基因與藥物配對。", "根據藥物基因組檢測結果採取行動。"],
    ),
    "professions": ["doctor", "nurse", "lab_technologist"],
    "level": "intermediate",
    "hours": "2.5",
    "languages": ["en"],
    "mode": "open",
    "topic": "pharmacogenomics-and-risk",
    "prerequisites": ["genomics-fundamentals-for-clinicians"],
    "cpd": [("hkam-cme", "2.5"), ("mlt-cpd", "2.5")],
    "modules": [
        (
            ("Gene–drug pairs", "基因與藥物"),
            [
                reading(
                    "hla-b-1502",
                    ("HLA-B*15:02 and carbamazepine", "HLA-B*15:02與卡巴咪嗪"),
                    [
                        (
                            "HLA-B*15:02 is strongly associated with carbamazepine-induced "
                            "Stevens–Johnson syndrome and toxic epidermal necrolysis in Han "
                            "Chinese and other Southeast Asian populations. Hong Kong public "
                            "hospitals have tested for it before new carbamazepine prescriptions "
                            "since 2008.",
                            "HLA-B*15:02與漢族及其他東南亞人群因卡巴咪嗪引起的史蒂文斯－約翰遜綜合症及中毒性表皮壞死溶解症密切相關。自2008年起，香港公立醫院在處方新卡巴咪嗪前會先作檢測。",
                        ),
                    ],
                ),
                reading(
                    "cyp2c19-and-nudt15",
                    ("CYP2C19 and NUDT15", "CYP2C19與NUDT15"),
                    [
                        (
                            "CYP2C19 poor metabolisers activate clopidogrel poorly; CPIC advises "
                            "an alternative antiplatelet such as prasugrel or ticagrelor after "
                            "acute coronary syndrome with PCI when not contraindicated.",
                            "CYP2C19慢代謝者未能有效活化氯吡格雷；CPIC建議在急性冠狀動脈綜合症並接受經皮冠狀動脈介入治療後，如無禁忌，改用普拉格雷或替格瑞洛等其他抗血小板藥。",
                        ),
                        (
                            "NUDT15 variants, common in East Asian people, raise the risk of "
                            "severe myelosuppression with thiopurines such as azathioprine.",
                            "NUDT15變異在東亞人中較常見，會增加使用硫唑嘌呤等硫嘌呤類藥物時出現嚴重骨髓抑制的風險。",
                        ),
                    ],
                ),
                quiz(
                    "pgx-quiz",
                    ("Pharmacogenomics quiz", "藥物基因組學測驗"),
                    [
                        single(
                            (
                                "Which allele is screened for before carbamazepine in Hong "
                                "Kong public hospitals?",
                                "香港公立醫院在處方卡巴咪嗪前會篩查哪個等位基因？",
                            ),
                            [
                                ("HLA-B*15:02", "HLA-B*15:02", True),
                                ("HLA-B*57:01", "HLA-B*57:01", False),
                                ("HLA-B*58:01", "HLA-B*58:01", False),
                            ],
                            (
                                "B*57:01 is for abacavir, B*58:01 for allopurinol (CPIC).",
                                "B*57:01用於阿巴卡韋，B*58:01用於別嘌醇（CPIC）。",
                            ),
                        ),
                        true_false(
                            (
                                "CYP2C19 poor metabolisers convert clopidogrel to its active "
                                "form less well.",
                                "CYP2C19慢代謝者把氯吡格雷轉化為活性形式的能力較差。",
                            ),
                            True,
                            ("CPIC clopidogrel guideline, 2022.", "CPIC氯吡格雷指引（2022年）。"),
                        ),
                        multiple(
                            (
                                "Which genes guide thiopurine dosing? Choose all that apply.",
                                "以下哪些基因會影響硫嘌呤類藥物的劑量？（可選多項）",
                            ),
                            [
                                ("TPMT", "TPMT", True),
                                ("NUDT15", "NUDT15", True),
                                ("CYP2D6", "CYP2D6", False),
                            ],
                            ("CPIC thiopurine guideline.", "CPIC硫嘌呤類藥物指引。"),
                        ),
                        numeric(
                            (
                                "In which year did Hong Kong public hospitals start HLA-B*15:02 "
                                "testing before carbamazepine?",
                                "香港公立醫院於哪一年開始在處方卡巴咪嗪前檢測HLA-B*15:02？",
                            ),
                            "2008",
                            "0",
                            (
                                "Chen Z, et al. Neurology 2014;83:1337 (Hong Kong evaluation).",
                                "Chen Z 等，《Neurology》2014;83:1337（香港評估研究）。",
                            ),
                        ),
                        ordering(
                            (
                                "Order these steps for a new carbamazepine prescription.",
                                "請排列處方新卡巴咪嗪的步驟次序。",
                            ),
                            [
                                ("Test for HLA-B*15:02", "檢測HLA-B*15:02"),
                                ("Read the result", "閱讀結果"),
                                (
                                    "Prescribe, or choose another drug if positive",
                                    "處方藥物，如結果陽性則改用其他藥物",
                                ),
                            ],
                            ("Test before the first dose.", "首劑前先檢測。"),
                        ),
                        true_false(
                            (
                                "NUDT15 risk variants are rare in East Asian populations.",
                                "NUDT15風險變異在東亞人群中很罕見。",
                            ),
                            False,
                            (
                                "They are comparatively common in East Asians.",
                                "在東亞人中相對常見。",
                            ),
                        ),
                        single(
                            (
                                "After PCI, a CYP2C19 poor metaboliser should usually receive:",
                                "接受經皮冠狀動脈介入治療後，CYP2C19慢代謝者一般應改用：",
                            ),
                            [
                                (
                                    "Prasugrel or ticagrelor, if not contraindicated",
                                    "普拉格雷或替格瑞洛（如無禁忌）",
                                    True,
                                ),
                                ("A double dose of clopidogrel", "雙倍劑量的氯吡格雷", False),
                                ("No antiplatelet drug", "不用抗血小板藥", False),
                            ],
                            ("CPIC clopidogrel guideline, 2022.", "CPIC氯吡格雷指引（2022年）。"),
                        ),
                        true_false(
                            (
                                "A pharmacogenomic result stays relevant for life.",
                                "藥物基因組檢測結果終身適用。",
                            ),
                            True,
                            ("Germline genotype does not change.", "種系基因型不會改變。"),
                        ),
                    ],
                ),
            ],
        ),
    ],
}

COUNSELLING = {
    "slug": "genetic-counselling-communication",
    "title": ("Genetic counselling communication", "遺傳輔導溝通技巧"),
    "summary": (
        "Consent, uncertain results and secondary findings, and checking understanding with "
        "teach-back, for those who discuss genomic tests with families.",
        "為與家庭討論基因組檢測的人員而設：知情同意、意義未明的結果、次要發現，以及以回授法確認對方理解。",
    ),
    "outcomes": (
        ["Hold a non-directive consent conversation.", "Explain a VUS without overstating it."],
        ["以非指導性方式進行同意討論。", "解釋意義未明變異而不誇大其意義。"],
    ),
    "professions": ["genetic_counsellor", "nurse", "doctor"],
    "level": "intermediate",
    "hours": "2.0",
    "languages": ["bilingual"],
    "mode": "approval",
    "topic": "genomic-testing",
    "prerequisites": [],
    "cpd": [("gc-cpd", "2"), ("nursing-cne", "2")],
    "modules": [
        (
            ("Before and after the test", "檢測前後"),
            [
                reading(
                    "consent",
                    ("Consent and secondary findings", "知情同意與次要發現"),
                    [
                        (
                            "Before testing, explain what the test can and cannot find, "
                            "possible secondary findings (the ACMG lists actionable genes) and "
                            "what the result may mean for relatives. Support the person's own "
                            "decision: counselling is non-directive.",
                            "檢測前應解釋檢測能與不能找到甚麼、可能出現的次要發現（ACMG列出可採取行動的基因），以及結果對親屬的意義。輔導應屬非指導性，支持當事人自行決定。",
                        ),
                    ],
                ),
                reading(
                    "uncertain-results",
                    ("Uncertain results and teach-back", "意義未明的結果與回授法"),
                    [
                        (
                            "A variant of uncertain significance should not be used to make "
                            "clinical decisions; it may be reclassified as evidence grows. Ask "
                            "the person to explain the result in their own words (teach-back).",
                            "意義未明變異不應用作臨床決定的依據，並可能隨證據增加而重新分類。可請對方用自己的說話解釋結果（回授法）。",
                        ),
                    ],
                ),
                quiz(
                    "counselling-quiz",
                    ("Counselling quiz", "遺傳輔導測驗"),
                    [
                        true_false(
                            (
                                "A variant of uncertain significance should guide surgery.",
                                "意義未明變異應用作決定手術的依據。",
                            ),
                            False,
                            (ACMG, ACMG_ZH),
                        ),
                        single(
                            (
                                "Genetic counselling is best described as:",
                                "遺傳輔導最恰當的描述是：",
                            ),
                            [
                                ("Non-directive", "非指導性", True),
                                ("Telling people what to choose", "告訴對方應如何選擇", False),
                                ("Only about test logistics", "只涉及檢測安排", False),
                            ],
                            (
                                "NSGC definition of genetic counselling.",
                                "美國遺傳輔導員學會的定義。",
                            ),
                        ),
                        multiple(
                            (
                                "What belongs in a pre-test consent conversation? Choose all "
                                "that apply.",
                                "檢測前同意討論應包括哪些內容？（可選多項）",
                            ),
                            [
                                ("Possible secondary findings", "可能的次要發現", True),
                                ("Implications for relatives", "對親屬的影響", True),
                                ("A guarantee of a diagnosis", "保證找到診斷", False),
                            ],
                            ("No test guarantees an answer.", "沒有檢測能保證找到答案。"),
                        ),
                        ordering(
                            ("Order the steps of teach-back.", "請排列回授法的步驟。"),
                            [
                                ("Explain in plain words", "用淺白字句解釋"),
                                (
                                    "Ask the person to say it back",
                                    "請對方用自己的說話覆述",
                                ),
                                ("Clarify what was missed", "澄清遺漏或誤解之處"),
                            ],
                            ("Teach-back closes the loop.", "回授法確保雙方理解一致。"),
                        ),
                        true_false(
                            (
                                "A VUS may be reclassified later as evidence grows.",
                                "意義未明變異日後可能隨證據增加而重新分類。",
                            ),
                            True,
                            (ACMG, ACMG_ZH),
                        ),
                        numeric(
                            (
                                "How many classes does the ACMG/AMP scheme use for variants?",
                                "ACMG/AMP 指引把變異分為多少類？",
                            ),
                            "5",
                            "0",
                            (ACMG, ACMG_ZH),
                        ),
                        single(
                            (
                                "Secondary findings are:",
                                "次要發現是指：",
                            ),
                            [
                                (
                                    "Actionable results in genes unrelated to the reason for "
                                    "testing",
                                    "與檢測原因無關、但可採取行動的基因結果",
                                    True,
                                ),
                                ("Errors in the laboratory report", "化驗報告中的錯誤", False),
                                ("The second test ordered", "第二次安排的檢測", False),
                            ],
                            (
                                "ACMG secondary findings list (SF v3.2, 2023).",
                                "ACMG次要發現清單（SF v3.2，2023年）。",
                            ),
                        ),
                        true_false(
                            (
                                "A person may decline to learn secondary findings.",
                                "當事人可以選擇不知道次要發現。",
                            ),
                            True,
                            ("Consent covers this choice.", "這屬於知情同意的選擇範圍。"),
                        ),
                    ],
                ),
            ],
        ),
    ],
}

BIOINFORMATICS = {
    "slug": "bioinformatics-for-variant-interpretation",
    "title": ("Bioinformatics for variant interpretation", "變異解讀的生物資訊學"),
    "summary": (
        "From reads to a classified variant: alignment, variant calls in VCF, HGVS names, "
        "population frequency and the evidence behind a classification.",
        "由測序讀段到已分類的變異：比對、VCF變異呼叫、HGVS命名、人群頻率，以及分類背後的證據。",
    ),
    "outcomes": (
        ["Read a VCF record and an HGVS name.", "Use population frequency as evidence."],
        ["閱讀VCF記錄及HGVS名稱。", "以人群頻率作為證據。"],
    ),
    "professions": ["bioinformatician", "lab_technologist"],
    "level": "advanced",
    "hours": "4.0",
    "languages": ["en"],
    "mode": "open",
    "topic": "genomic-testing",
    "prerequisites": ["genomics-fundamentals-for-clinicians"],
    "cpd": [("mlt-cpd", "4")],
    "modules": [
        (
            ("From reads to variants", "由讀段到變異"),
            [
                reading(
                    "pipeline",
                    ("The pipeline", "分析流程"),
                    [
                        (
                            "Reads are aligned to the reference genome (GRCh38), variants are "
                            "called and written to a VCF file, then annotated with genes, "
                            "predicted effects and population frequencies (e.g. gnomAD).",
                            "讀段先比對至參考基因組（GRCh38），然後呼叫變異並寫入VCF檔案，再標註基因、預測影響及人群頻率（例如gnomAD）。",
                        ),
                        (
                            "HGVS names describe a variant on a reference sequence, e.g. "
                            "NM_000518.5:c.52A>T on HBB.",
                            "HGVS命名以參考序列描述變異，例如HBB基因的NM_000518.5:c.52A>T。",
                        ),
                    ],
                ),
                quiz(
                    "bioinformatics-quiz",
                    ("Bioinformatics quiz", "生物資訊學測驗"),
                    [
                        ordering(
                            ("Order the analysis steps.", "請排列分析步驟。"),
                            [
                                ("Align reads", "比對讀段"),
                                ("Call variants", "呼叫變異"),
                                ("Annotate", "標註"),
                                ("Classify", "分類"),
                            ],
                            ("Standard germline workflow.", "標準種系分析流程。"),
                        ),
                        single(
                            (
                                "In NM_000518.5:c.52A>T, what does “c.” mean?",
                                "在NM_000518.5:c.52A>T中，「c.」代表甚麼？",
                            ),
                            [
                                ("A coding DNA reference", "編碼DNA參考序列", True),
                                ("A chromosome position", "染色體位置", False),
                                ("A protein change", "蛋白質改變", False),
                            ],
                            (
                                "HGVS nomenclature (varnomen.hgvs.org).",
                                "HGVS命名規則（varnomen.hgvs.org）。",
                            ),
                        ),
                        true_false(
                            (
                                "A VCF file records variants relative to a reference genome.",
                                "VCF檔案以參考基因組為基準記錄變異。",
                            ),
                            True,
                            (
                                "VCF specification (samtools/hts-specs).",
                                "VCF規格（samtools/hts-specs）。",
                            ),
                        ),
                        multiple(
                            (
                                "Which are population frequency resources? Choose all that apply.",
                                "以下哪些是人群頻率資料庫？（可選多項）",
                            ),
                            [
                                ("gnomAD", "gnomAD", True),
                                ("1000 Genomes", "千人基因組計劃", True),
                                ("HGVS", "HGVS", False),
                            ],
                            ("HGVS is a naming standard.", "HGVS是命名標準。"),
                        ),
                        numeric(
                            (
                                "Under ACMG/AMP, an allele frequency above what percentage is "
                                "stand-alone evidence for benign (BA1)?",
                                "根據ACMG/AMP，等位基因頻率高於多少百分比可作為良性的獨立證據（BA1）？",
                            ),
                            "5",
                            "0",
                            (ACMG, ACMG_ZH),
                        ),
                        true_false(
                            (
                                "GRCh38 is a current human reference genome assembly.",
                                "GRCh38是現行的人類參考基因組組裝版本。",
                            ),
                            True,
                            ("Genome Reference Consortium.", "基因組參考聯盟。"),
                        ),
                        single(
                            ("Read depth is:", "讀段深度是指："),
                            [
                                (
                                    "How many reads cover a position",
                                    "覆蓋某一位置的讀段數目",
                                    True,
                                ),
                                ("The length of one read", "單一讀段的長度", False),
                                ("The quality of the reference", "參考序列的質素", False),
                            ],
                            ("Depth supports confident calls.", "足夠深度有助可靠地呼叫變異。"),
                        ),
                        true_false(
                            (
                                "A variant absent from gnomAD is therefore pathogenic.",
                                "在gnomAD中找不到的變異必然是致病的。",
                            ),
                            False,
                            (
                                "Absence is only moderate evidence (PM2) at most.",
                                "不存在最多只屬中等證據（PM2）。",
                            ),
                        ),
                    ],
                ),
            ],
        ),
    ],
}

COURSES = [FUNDAMENTALS, PHARMACOGENOMICS, COUNSELLING, BIOINFORMATICS]

# The demo learner is part-way through the fundamentals course.
DEMO_LEARNER = {
    "email": "learner@example.org",
    "course": "genomics-fundamentals-for-clinicians",
    "done": ["genes-and-variants", "patterns-of-inheritance"],
}
