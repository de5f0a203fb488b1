"""Demo events, publications, news and general questions, in the shapes below. Plain data
written fresh for this project; venues and web addresses are placeholders. Every text has an
English (`en`) and a Traditional Chinese, Hong Kong usage (`zh_hant`) version.

EVENTS: list of dicts
    slug, title{en,zh_hant}, summary{en,zh_hant} (one or two sentences, <= 300 characters),
    description{en,zh_hant} (HTML <p>), start and end "YYYY-MM-DDTHH:MM" in Hong Kong local
    time, venue{en,zh_hant} or None, online_url (str or None), delivery_language ("en", "yue"
    for Cantonese, "zh-putonghua", or "bilingual" for English and Cantonese), audience (list of
    "public", "patients", "families", "students", "professionals"),
    registration {url: str or None, note{en,zh_hant}}, topic (a TOPICS slug)

PUBLICATIONS: list of dicts
    slug, title{en,zh_hant}, summary{en,zh_hant}, kind ("leaflet" or "report"),
    published "YYYY-MM-DD", topic (a TOPICS slug), leaflet_html{en,zh_hant}: the full printable
    text as simple HTML (h1, h2, p, ul/li), rendered by the loader to one PDF per language

NEWS: list of dicts
    slug, title{en,zh_hant}, date "YYYY-MM-DD", summary{en,zh_hant} (<= 300 characters),
    body{en,zh_hant} (HTML: p, ul/li)

FAQS: list of dicts, for the site's questions-and-answers page
    question{en,zh_hant}, answer{en,zh_hant} (HTML <p>)
"""

EVENTS = [
    {
        "slug": "gene-therapy-for-thalassaemia-seminar-2026",
        "title": {
            "en": "Gene therapy for thalassaemia: what families should know",
            "zh_hant": "地中海貧血的基因治療：家庭須知",
        },
        "summary": {
            "en": (
                "A seminar in Cantonese, with English slides, for people living with thalassaemia "
                "and their families: how gene therapy works, who it may suit and what to ask."
            ),
            "zh_hant": (
                "以粵語主講（附英文簡報）的講座，對象為地中海貧血患者及其家人，"
                "介紹基因治療如何運作、可能適合哪些人，以及應提出甚麼問題。"
            ),
        },
        "description": {
            "en": (
                "<p>Gene therapy has been approved in some countries for people with "
                "transfusion-dependent beta thalassaemia. In this seminar, a haematologist and a "
                "genetic counsellor explain in plain language how these treatments work, what the "
                "treatment journey involves, and how they compare with regular transfusions and "
                "stem cell transplantation.</p>"
                "<p>Topics include who may be assessed for gene therapy; what happens during stem "
                "cell collection, conditioning chemotherapy and recovery; known risks, including "
                "effects on fertility; long-term follow-up; and questions to discuss with your own "
                "care team.</p>"
                "<p>There will be time for questions. The seminar gives general information and "
                "cannot advise on individual treatment.</p>"
            ),
            "zh_hant": (
                "<p>一些國家已批准以基因治療醫治依賴輸血的乙型地中海貧血。在這個講座中，"
                "一位血液科醫生和一位遺傳輔導員會以淺白的語言，講解這類治療如何運作、"
                "整個治療過程涉及甚麼，以及與定期輸血和造血幹細胞移植相比有何分別。</p>"
                "<p>內容包括：哪些人或可接受基因治療評估；收集幹細胞、"
                "預處理化療及康復期間會經歷甚麼；已知的風險，包括對生育能力的影響；長期跟進；"
                "以及可與你的醫療團隊商討的問題。</p>"
                "<p>講座設有答問時間。講座只提供一般資訊，不能就個別人士的治療提供建議。</p>"
            ),
        },
        "start": "2026-09-19T14:30",
        "end": "2026-09-19T16:30",
        "venue": {
            "en": "Lecture Theatre, Institute Building, Hong Kong",
            "zh_hant": "香港研究所大樓演講廳",
        },
        "online_url": None,
        "delivery_language": "yue",
        "audience": ["patients", "families"],
        "registration": {
            "url": None,
            "note": {
                "en": (
                    "Free of charge. Registration has closed; a summary of the seminar is in our "
                    "news section."
                ),
                "zh_hant": "免費參加。登記已經截止；講座重點摘要已刊於「最新消息」欄目。",
            },
        },
        "topic": "gene-therapy",
    },
    {
        "slug": "pharmacogenomics-in-practice-online-talk-2027",
        "title": {
            "en": "Pharmacogenomics in practice: an online talk for healthcare professionals",
            "zh_hant": "藥物基因組學的臨床應用：醫護人員網上講座",
        },
        "summary": {
            "en": (
                "An evening talk in English on using pharmacogenomic test results in prescribing, "
                "with worked examples including HLA-B*15:02 and CYP2C19."
            ),
            "zh_hant": (
                "以英語進行的晚間講座，講解如何在處方時運用藥物基因組檢測結果，"
                "並以HLA-B*15:02和CYP2C19等實例說明。"
            ),
        },
        "description": {
            "en": (
                "<p>This online talk is for doctors, pharmacists, nurses and other healthcare "
                "professionals who want a practical introduction to pharmacogenomics. It covers "
                "the gene–drug pairs with the strongest evidence, how to read a pharmacogenomic "
                "test report, and how published guidelines, such as those of the Clinical "
                "Pharmacogenetics Implementation Consortium (CPIC), turn genotypes into "
                "prescribing recommendations.</p>"
                "<p>Worked examples include HLA-B*15:02 testing before carbamazepine, and CYP2C19 "
                "genotype and clopidogrel. The talk also discusses the limits of current evidence, "
                "including how well research findings apply to people in Hong Kong.</p>"
                "<p>About 60 minutes of presentation will be followed by 30 minutes for "
                "questions.</p>"
            ),
            "zh_hant": (
                "<p>這個網上講座為希望實際認識藥物基因組學的醫生、藥劑師、護士及其他醫護人員而設，"
                "內容涵蓋證據最充分的基因－藥物組合、如何閱讀藥物基因組檢測報告，"
                "以及臨床藥物遺傳學實施聯盟（CPIC）等已發表的指引如何把基因型轉化為處方建議。</p>"
                "<p>實例包括在處方卡巴咪嗪前進行HLA-B*15:02檢測，以及CYP2C19基因型與氯吡格雷。"
                "講座亦會討論現有證據的局限，包括研究結果應用於香港人的適用程度。</p>"
                "<p>講座約有60分鐘講解，其後設30分鐘答問時間。</p>"
            ),
        },
        "start": "2027-01-14T19:00",
        "end": "2027-01-14T20:30",
        "venue": None,
        "online_url": "https://events.example.org/pgx-2027",
        "delivery_language": "en",
        "audience": ["professionals"],
        "registration": {
            "url": "https://events.example.org/pgx-2027",
            "note": {
                "en": (
                    "Free. Register to receive the joining link. A certificate of attendance is "
                    "available; whether it counts towards CME or CPD depends on your professional "
                    "body."
                ),
                "zh_hant": (
                    "免費參加。登記後會收到參加連結。講座提供出席證明書；"
                    "能否計算為持續醫學教育或持續專業發展學分，視乎你所屬的專業團體而定。"
                ),
            },
        },
        "topic": "pharmacogenomics-and-risk",
    },
    {
        "slug": "living-with-a-rare-disease-2027",
        "title": {
            "en": (
                "Living with a rare disease: a Rare Disease Day meeting for patients and families"
            ),
            "zh_hant": "與罕見病共處：罕見病日病人及家屬聚會",
        },
        "summary": {
            "en": (
                "A morning of talks and conversation for people affected by rare diseases, in "
                "English and Cantonese, on the eve of Rare Disease Day."
            ),
            "zh_hant": (
                "為受罕見病影響的人士而設、以英語及粵語進行的講座及交流活動，於罕見病日前夕舉行。"
            ),
        },
        "description": {
            "en": (
                "<p>Rare Disease Day falls on the last day of February each year. To mark it, this "
                "session brings together patients, families, patient groups and health "
                "professionals to share experiences of living with a rare disease.</p>"
                "<p>The programme includes short talks on the search for a diagnosis, including "
                "when genomic testing may help; practical and emotional support for carers; and "
                "working with schools and employers. Representatives of patient groups will be "
                "there to talk to, and there will be time for open discussion.</p>"
                "<p>Each talk will be given in English or Cantonese, with a summary in the other "
                "language.</p>"
            ),
            "zh_hant": (
                "<p>每年二月的最後一天是罕見病日。為此，這個活動邀請病人、家屬、"
                "病人組織和醫護人員聚首一堂，分享與罕見病共處的經驗。</p>"
                "<p>活動包括多個簡短講座，主題涵蓋尋求確診的過程（包括基因組檢測在甚麼情況下可能有"
                "幫助）、照顧者在實際及情緒方面所需的支援，以及如何與學校和僱主溝通合作。"
                "現場會有病人組織代表與大家交流，並設自由討論時間。</p>"
                "<p>每個講座會以英語或粵語進行，並以另一種語言提供摘要。</p>"
            ),
        },
        "start": "2027-02-27T10:00",
        "end": "2027-02-27T12:30",
        "venue": {
            "en": "Multi-purpose Room, Institute Building, Hong Kong",
            "zh_hant": "香港研究所大樓多用途室",
        },
        "online_url": None,
        "delivery_language": "bilingual",
        "audience": ["patients", "families", "public"],
        "registration": {
            "url": "https://events.example.org/rare-disease-day-2027",
            "note": {
                "en": (
                    "Free, but places are limited, so please register. Let us know when you "
                    "register if you need any access support or a place for a carer."
                ),
                "zh_hant": (
                    "免費參加，但名額有限，請預先登記。如需任何無障礙支援或照顧者陪同名額，"
                    "請在登記時告知我們。"
                ),
            },
        },
        "topic": "genomic-testing",
    },
]

PUBLICATIONS = [
    {
        "slug": "whole-genome-sequencing-questions-to-ask",
        "title": {
            "en": "Whole genome sequencing: questions to ask before you agree to a test",
            "zh_hant": "全基因組測序：同意檢測前應問的問題",
        },
        "summary": {
            "en": (
                "A printable checklist of questions to ask your doctor or genetic counsellor "
                "before you agree to whole genome sequencing, covering the test, the results, your "
                "family and your data."
            ),
            "zh_hant": (
                "一份可列印的問題清單，協助你在同意接受全基因組測序前，"
                "向醫生或遺傳輔導員查詢有關檢測、結果、家人及數據的事宜。"
            ),
        },
        "kind": "leaflet",
        "published": "2026-04-20",
        "topic": "genomic-testing",
        "leaflet_html": {
            "en": (
                "<h1>Whole genome sequencing: questions to ask before you agree to a test</h1>"
                "<p>Whole genome sequencing reads almost all of your DNA in a single test. It can "
                "help find the cause of a condition, but the results can be complex and may matter "
                "for your relatives too. You have the right to ask questions and to take time "
                "before you decide. This leaflet gives general information only; it is not medical "
                "advice.</p>"
                "<h2>About the test</h2>"
                "<ul>"
                "<li>Why is this test being offered to me, and what question is it meant to "
                "answer?</li>"
                "<li>Could another test, such as a gene panel, answer the same question?</li>"
                "<li>What sample is needed? Do my parents or other relatives need to give samples "
                "too?</li>"
                "<li>How long will the results take, and will I have to pay anything?</li>"
                "</ul>"
                "<h2>About the results</h2>"
                "<ul>"
                "<li>What results are possible, and what happens if no cause is found?</li>"
                "<li>What is a variant of uncertain significance, and how would one be "
                "handled?</li>"
                "<li>Will the laboratory look for secondary findings unrelated to my condition? "
                "Can I choose whether to be told?</li>"
                "<li>Who will explain the results to me, and will genetic counselling be "
                "available?</li>"
                "<li>Can my results be looked at again in future, as knowledge improves?</li>"
                "<li>Could the results affect insurance, and what protections apply?</li>"
                "</ul>"
                "<h2>About my family</h2>"
                "<ul>"
                "<li>What could the results mean for my children, brothers and sisters, or "
                "parents?</li>"
                "<li>How can I share results with relatives who may be at risk?</li>"
                "</ul>"
                "<h2>About my sample and data</h2>"
                "<ul>"
                "<li>Where will my sample and genome data be stored, for how long, and who can see "
                "them?</li>"
                "<li>Will my data be used for research, and is that a separate choice?</li>"
                "<li>Can I change my mind or withdraw later, and what happens to my data if I "
                "do?</li>"
                "</ul>"
                "<h2>Before you sign</h2>"
                "<p>Write your questions down, and bring a family member or friend if that would "
                "help. You can ask for information in Chinese or English. If anything is unclear, "
                "ask again: a good consent conversation should leave you sure of what you are "
                "agreeing to.</p>"
                "<p>Genomics Academy. For general education only; please talk to your doctor about "
                "your own situation.</p>"
            ),
            "zh_hant": (
                "<h1>全基因組測序：同意檢測前應問的問題</h1>"
                "<p>全基因組測序在一次檢測中讀取你幾乎全部的DNA。它有助找出疾病的成因，"
                "但結果可能相當複雜，亦可能與你的親屬有關。你有權發問，並在作決定前慢慢考慮。"
                "本單張只提供一般資訊，並非醫療建議。</p>"
                "<h2>關於檢測</h2>"
                "<ul>"
                "<li>為甚麼建議我接受這項檢測？它希望解答甚麼問題？</li>"
                "<li>有沒有其他檢測（例如基因組合檢測）可以解答同一問題？</li>"
                "<li>需要甚麼樣本？我的父母或其他親屬是否也需要提供樣本？</li>"
                "<li>需時多久才有結果？我需要支付任何費用嗎？</li>"
                "</ul>"
                "<h2>關於結果</h2>"
                "<ul>"
                "<li>可能有哪些結果？如果找不到成因，會怎樣？</li>"
                "<li>甚麼是意義不明變異？如果找到，會如何處理？</li>"
                "<li>化驗所會否搜尋與我的病情無關的額外發現？我可否選擇是否獲告知？</li>"
                "<li>誰會向我解釋結果？會否提供遺傳輔導？</li>"
                "<li>日後知識進步時，我的結果可否重新分析？</li>"
                "<li>結果會否影響保險？有甚麼保障？</li>"
                "</ul>"
                "<h2>關於家人</h2>"
                "<ul>"
                "<li>結果對我的子女、兄弟姊妹或父母可能有甚麼意義？</li>"
                "<li>如果親屬可能有風險，我可以怎樣與他們分享結果？</li>"
                "</ul>"
                "<h2>關於樣本和數據</h2>"
                "<ul>"
                "<li>我的樣本和基因組數據會存放在哪裏、存放多久？誰可以查閱？</li>"
                "<li>我的數據會否用於研究？這是否需要另外作出選擇？</li>"
                "<li>我日後可否改變主意或退出？如果退出，我的數據會如何處理？</li>"
                "</ul>"
                "<h2>簽署之前</h2>"
                "<p>把問題寫下來；如有幫助，可以請家人或朋友陪同。你可以要求以中文或英文提供資料。"
                "如有任何不明白的地方，請再次發問：良好的同意過程，應該讓你清楚知道自己同意的是甚麼"
                "。</p>"
                "<p>基因組學學院。本單張只供一般教育用途；有關你的個人情況，請與醫生商討。</p>"
            ),
        },
    },
    {
        "slug": "understanding-genomic-medicine-in-hong-kong",
        "title": {
            "en": "Understanding genomic medicine in Hong Kong: a reader's guide",
            "zh_hant": "認識香港的基因組醫學：讀者指南",
        },
        "summary": {
            "en": (
                "A short guide for readers new to genomic medicine: the main ideas, how testing "
                "and new treatments work, and what to ask about risk and about your data."
            ),
            "zh_hant": (
                "為初次接觸基因組醫學的讀者而設的簡短指南：介紹主要概念、檢測和新療法如何運作，"
                "以及應就風險和個人數據提出甚麼問題。"
            ),
        },
        "kind": "report",
        "published": "2026-08-31",
        "topic": "genome-basics",
        "leaflet_html": {
            "en": (
                "<h1>Understanding genomic medicine in Hong Kong: a reader's guide</h1>"
                "<p>Genomic medicine uses information about a person's DNA to help diagnose, treat "
                "and prevent illness. This guide introduces the main topics covered by Genomics "
                "Academy and suggests questions to keep in mind. It is general information, not "
                "medical advice.</p>"
                "<h2>1. The genome</h2>"
                "<p>Your genome is your full set of DNA. Everyone carries many genetic variants; "
                "most are harmless, and only a few cause or contribute to disease. Knowing a few "
                "key words, such as gene, variant and carrier, makes test results and "
                "conversations with health professionals easier to follow.</p>"
                "<h2>2. Genetic and genomic testing</h2>"
                "<p>Tests range from checking a single variant to reading the whole genome. "
                "Clinical tests are usually arranged through a doctor, who can explain whether a "
                "test is suitable, what it involves and how the results will be given. Results may "
                "be positive, negative or uncertain, and can matter for relatives.</p>"
                "<h2>3. Conditions common in our region</h2>"
                "<p>Some inherited conditions, such as thalassaemia and G6PD deficiency, are more "
                "common in southern China and Southeast Asia. Screening before or during "
                "pregnancy, and for newborn babies, helps families find out early and plan "
                "care.</p>"
                "<h2>4. New treatments</h2>"
                "<p>Gene therapy and gene editing have been approved in some countries for a small "
                "number of conditions, including some forms of thalassaemia. These treatments are "
                "complex and costly, and they are not suitable for everyone. Specialists can "
                "explain the evidence, the risks and what is available.</p>"
                "<h2>5. Medicines and genes</h2>"
                "<p>Pharmacogenomics uses genetic information to choose safer medicines or doses. "
                "A well-known example is testing for HLA-B*15:02 before starting carbamazepine, "
                "because this variant is relatively common in Han Chinese people and raises the "
                "risk of a severe skin reaction.</p>"
                "<h2>6. Understanding risk</h2>"
                "<p>Genetic results often describe a risk, not a certainty. Ask for absolute "
                "risks, such as “5 in 100 people”, not only relative risks, such as “twice as "
                "likely”.</p>"
                "<h2>7. Your data and consent</h2>"
                "<p>Genomic data is personal and can reveal information about your relatives. "
                "Before testing or joining research, ask how your sample and data will be stored, "
                "used and protected, and whether you can withdraw.</p>"
                "<h2>Where to go next</h2>"
                "<p>Read the articles and glossary on this site, talk to your doctor, and ask "
                "whether genetic counselling is available to you.</p>"
            ),
            "zh_hant": (
                "<h1>認識香港的基因組醫學：讀者指南</h1>"
                "<p>基因組醫學利用一個人的DNA資訊，協助診斷、治療和預防疾病。"
                "本指南介紹基因組學學院涵蓋的主要課題，並提出一些值得留意的問題。"
                "本指南只提供一般資訊，並非醫療建議。</p>"
                "<h2>一、基因組</h2>"
                "<p>基因組是你的整套DNA。每個人都帶有許多基因變異，大部分都是無害的，"
                "只有少數會引致疾病或增加患病風險。認識基因、變異和帶因者等幾個關鍵詞，"
                "有助你理解檢測結果，以及與醫護人員溝通。</p>"
                "<h2>二、基因及基因組檢測</h2>"
                "<p>檢測的範圍可以只是檢查單一變異，也可以是讀取整個基因組。"
                "臨床檢測通常由醫生安排，醫生可以解釋檢測是否合適、涉及甚麼，以及會如何告知結果。"
                "結果可能是陽性、陰性或未能確定，亦可能與親屬有關。</p>"
                "<h2>三、本地區常見的疾病</h2>"
                "<p>某些遺傳病，例如地中海貧血和G6PD缺乏症，在華南和東南亞地區較為常見。"
                "在懷孕前或懷孕期間進行篩查，以及為新生嬰兒進行篩查，"
                "有助家庭及早知道情況和計劃護理。</p>"
                "<h2>四、新療法</h2>"
                "<p>一些國家已批准以基因治療和基因編輯醫治少數疾病，包括某些類型的地中海貧血。"
                "這些治療複雜而昂貴，並非人人適用。專科醫生可以解釋有關證據、風險以及可提供的治療。"
                "</p>"
                "<h2>五、藥物與基因</h2>"
                "<p>藥物基因組學利用遺傳資訊，協助選擇更安全的藥物或劑量。一個為人熟知的例子，"
                "是在開始服用卡巴咪嗪前檢測HLA-B*15:02，因為這個變異在漢族人中相對常見，"
                "並會增加出現嚴重皮膚反應的風險。</p>"
                "<h2>六、認識風險</h2>"
                "<p>基因檢測結果往往描述的是風險，而非必然結果。請查詢絕對風險（例如「每100人中有5"
                "人」），而不只是相對風險（例如「可能性高一倍」）。</p>"
                "<h2>七、你的數據與同意</h2>"
                "<p>基因組數據屬於個人資料，並可能透露有關你親屬的資訊。在接受檢測或參與研究前，"
                "請查詢你的樣本和數據會如何儲存、使用和保護，以及你可否退出。</p>"
                "<h2>下一步</h2>"
                "<p>閱讀本網站的文章和詞彙表，與你的醫生商討，並查詢你能否獲得遺傳輔導。</p>"
            ),
        },
    },
]

NEWS = [
    {
        "slug": "new-bilingual-glossary",
        "title": {
            "en": "New bilingual glossary of genomic terms",
            "zh_hant": "全新中英對照基因組詞彙表",
        },
        "date": "2026-07-08",
        "summary": {
            "en": (
                "Our new glossary explains the key words of genomic medicine in plain English and "
                "Chinese, and links them from our articles."
            ),
            "zh_hant": (
                "我們新推出的詞彙表以淺白的中英文解釋基因組醫學的常用詞彙，並在文章中加入連結。"
            ),
        },
        "body": {
            "en": (
                "<p>Genomic medicine comes with a lot of new vocabulary. Our new glossary explains "
                "the words you are most likely to meet on this site, from “allele” and “carrier” "
                "to “variant of uncertain significance” and “polygenic risk score”.</p>"
                "<p>Each entry has a one-sentence definition, a longer explanation and links to "
                "related terms. Where a glossary word appears in an article, you can select it to "
                "see a short definition without leaving the page.</p>"
                "<p>The glossary is available in English, Traditional Chinese and Simplified "
                "Chinese. If you think a term is missing, or could be explained more clearly, "
                "please let us know.</p>"
            ),
            "zh_hant": (
                "<p>基因組醫學涉及不少新詞彙。我們新推出的詞彙表解釋了你在本網站最常遇到的詞語，"
                "由「等位基因」和「帶因者」，到「意義不明變異」和「多基因風險評分」都有收錄。</p>"
                "<p>每個詞條都有一句簡短定義、較詳細的解釋，以及相關詞彙的連結。"
                "當文章中出現詞彙表收錄的詞語時，你可以點選該詞語，無需離開頁面便能看到簡短定義。"
                "</p>"
                "<p>詞彙表設有英文、繁體中文及簡體中文版本。如你認為有詞彙遺漏了，"
                "或可以解釋得更清楚，歡迎告訴我們。</p>"
            ),
        },
    },
    {
        "slug": "thalassaemia-gene-therapy-seminar-summary",
        "title": {
            "en": "Seminar on thalassaemia gene therapy: slides and recording summary",
            "zh_hant": "地中海貧血基因治療講座：簡報及錄影重點",
        },
        "date": "2026-10-05",
        "summary": {
            "en": (
                "Key points from our September seminar for families affected by thalassaemia, and "
                "how participants can get the slides."
            ),
            "zh_hant": (
                "我們九月份為受地中海貧血影響的家庭舉辦的講座重點，以及參加者索取簡報的方法。"
            ),
        },
        "body": {
            "en": (
                "<p>Thank you to everyone who joined our Cantonese seminar, “Gene therapy for "
                "thalassaemia: what families should know”, on 19 September. This summary is based "
                "on the recording. It is general information, not advice about anyone's "
                "treatment.</p>"
                "<p>Key points from the speakers:</p>"
                "<ul>"
                "<li>Gene therapies for transfusion-dependent beta thalassaemia use the patient's "
                "own blood stem cells, which are collected, modified in a laboratory and then "
                "returned, so no donor is needed.</li>"
                "<li>Before the modified cells are given back, patients receive high-dose "
                "chemotherapy to make room in the bone marrow. This carries serious risks, "
                "including infection and infertility, so options for preserving fertility are "
                "discussed beforehand.</li>"
                "<li>Most people treated in clinical trials no longer needed regular transfusions "
                "afterwards, but results vary, and follow-up continues for many years.</li>"
                "<li>Not everyone is suitable. Assessment looks at age, general health, organ "
                "function and iron levels. A stem cell transplant from a matched donor remains an "
                "established option for some patients.</li>"
                "<li>Availability and cost differ between countries and health systems. Families "
                "should ask their own haematology team what may be possible for them.</li>"
                "</ul>"
                "<p>The English slides have been emailed to registered participants. If you "
                "attended and did not receive them, please contact us. To protect the privacy of "
                "participants who asked questions, the full recording will not be published.</p>"
            ),
            "zh_hant": (
                "<p>感謝各位於9月19日參加我們以粵語主講的「地中海貧血的基因治療：家庭須知」講座。"
                "以下摘要根據講座錄影整理，只屬一般資訊，並非針對任何人的治療建議。</p>"
                "<p>講者提出的重點：</p>"
                "<ul>"
                "<li>治療依賴輸血的乙型地中海貧血的基因治療，會使用病人自身的造血幹細胞："
                "先收集細胞，在化驗室內改造，然後再輸回體內，因此無需捐贈者。</li>"
                "<li>在輸回改造細胞之前，病人需要接受高劑量化療，為骨髓騰出空間。這涉及嚴重風險，"
                "包括感染和不育，因此治療前會討論保存生育能力的方法。</li>"
                "<li>在臨床試驗中接受治療的人，大部分其後已不再需要定期輸血，但效果因人而異，"
                "而且需要持續跟進多年。</li>"
                "<li>並非人人適合接受這種治療。評估會考慮年齡、整體健康、器官功能和鐵質水平。"
                "對部分病人來說，接受配對捐贈者的造血幹細胞移植仍然是已確立的治療選擇。</li>"
                "<li>不同國家和醫療系統的供應情況和費用各有不同。家庭應向負責的血液科醫療團隊查詢自"
                "己可能有哪些選擇。</li>"
                "</ul>"
                "<p>英文簡報已透過電郵發送給已登記的參加者。如你曾出席但未有收到，請與我們聯絡。"
                "為保障曾經發問的參加者的私隱，我們不會公開完整錄影。</p>"
            ),
        },
    },
]

FAQS = [
    {
        "question": {
            "en": "Is the information on this site medical advice?",
            "zh_hant": "本網站的資訊是否屬於醫療建議？",
        },
        "answer": {
            "en": (
                "<p>No. Genomics Academy provides general education about genomic medicine. It "
                "cannot take account of your personal or family history, and it does not replace "
                "advice from a doctor, genetic counsellor or other qualified health professional. "
                "Please talk to them before making any decision about tests or treatment.</p>"
                "<p>In an emergency, call 999 or go to the nearest Accident and Emergency "
                "department.</p>"
            ),
            "zh_hant": (
                "<p>不是。基因組學學院提供有關基因組醫學的一般教育資訊，"
                "未能考慮你的個人或家族病史，亦不能取代醫生、遺傳輔導員或其他合資格醫護人員的意見。"
                "在就檢測或治療作出任何決定前，請先與他們商討。</p>"
                "<p>如遇緊急情況，請致電999或前往最近的急症室。</p>"
            ),
        },
    },
    {
        "question": {
            "en": "How can I get a genetic test in Hong Kong?",
            "zh_hant": "在香港如何接受基因檢測？",
        },
        "answer": {
            "en": (
                "<p>Clinical genetic and genomic tests are usually arranged through a doctor. If "
                "you think a test may be relevant to you or your family, start by talking to your "
                "family doctor or the specialist who looks after you. They can explain whether a "
                "test is likely to help, refer you to a specialist or clinical genetics service if "
                "appropriate, and tell you about costs and waiting times.</p>"
                "<p>Some companies sell genetic tests directly to the public. These tests vary "
                "widely in quality and purpose, and their results should not be used to make "
                "medical decisions without confirmation and advice from a health professional.</p>"
            ),
            "zh_hant": (
                "<p>臨床基因及基因組檢測通常經醫生安排。如你認為某項檢測可能與你或家人有關，"
                "可先與你的家庭醫生或負責你病情的專科醫生商討。他們可以解釋檢測是否可能有幫助、"
                "在適當時把你轉介至專科或臨床遺傳科服務，並告訴你有關費用和輪候時間。</p>"
                "<p>部分公司直接向公眾出售基因檢測。這類檢測的質素和用途差異很大；"
                "未經醫護人員確認及提供意見，不應根據其結果作出醫療決定。</p>"
            ),
        },
    },
    {
        "question": {
            "en": "Who writes and reviews the content?",
            "zh_hant": "誰撰寫和審閱本網站的內容？",
        },
        "answer": {
            "en": (
                "<p>Articles are written in plain language by our editorial team, based on "
                "published evidence and guidelines. Each article is then checked by a qualified "
                "health professional with relevant expertise, whose name, qualifications and "
                "review date are shown on the page. The main sources are listed at the end of each "
                "article.</p>"
                "<p>Articles are reviewed again on a regular schedule, and sooner if important new "
                "evidence appears.</p>"
            ),
            "zh_hant": (
                "<p>文章由我們的編輯團隊根據已發表的證據和指引，以淺白文字撰寫，"
                "然後由具相關專長的合資格醫護人員審閱。審閱者的姓名、"
                "資歷和審閱日期都會在頁面上列明。每篇文章末段亦會列出主要參考資料。</p>"
                "<p>文章會定期重新審閱；如出現重要的新證據，則會提早審閱。</p>"
            ),
        },
    },
    {
        "question": {
            "en": "How is the Simplified Chinese version produced?",
            "zh_hant": "簡體中文版本是如何製作的？",
        },
        "answer": {
            "en": (
                "<p>We write and review our Chinese content in Traditional Chinese, following Hong "
                "Kong usage. The Simplified Chinese version is converted automatically from the "
                "Traditional Chinese text, then checked where needed, for example where medical "
                "terms differ between Hong Kong and the mainland. If something reads unnaturally "
                "in Simplified Chinese, please tell us.</p>"
            ),
            "zh_hant": (
                "<p>我們以繁體中文（香港用語）撰寫和審閱中文內容。簡體中文版本由繁體中文文本自動轉"
                "換而成，並在有需要時再作檢查，例如香港與內地用語不同的醫學名詞。"
                "如你發現簡體中文版本有不自然的地方，歡迎告訴我們。</p>"
            ),
        },
    },
    {
        "question": {
            "en": "How do I report a mistake?",
            "zh_hant": "如何報告錯誤？",
        },
        "answer": {
            "en": (
                "<p>Please contact us with the address of the page, a short description of the "
                "problem and, if you have one, a source. Our editors look at every report, and "
                "changes to medical content are checked by a health professional before they are "
                "published.</p>"
                "<p>Please do not include personal medical information in your message.</p>"
            ),
            "zh_hant": (
                "<p>請與我們聯絡，並提供頁面網址、問題的簡短描述，以及參考資料來源（如有）。"
                "我們的編輯會細閱每份報告，而醫學內容的修改會先經醫護人員審核，然後才發布。</p>"
                "<p>請不要在訊息中提供個人醫療資料。</p>"
            ),
        },
    },
    {
        "question": {
            "en": "What information does this site collect about me?",
            "zh_hant": "本網站會收集我的哪些資料？",
        },
        "answer": {
            "en": (
                "<p>You can read all public pages without an account. The site uses a cookie to "
                "remember the language you choose, and the cookies needed to keep you signed in if "
                "you have an account.</p>"
                "<p>We do not ask for information about your health or genetic test results, and "
                "we ask you not to send it to us.</p>"
            ),
            "zh_hant": (
                "<p>你無需登記帳戶便可閱讀所有公開頁面。本網站會使用一個Cookie記住你選擇的語言；"
                "如你設有帳戶，網站亦會使用保持登入所需的Cookie。</p>"
                "<p>我們不會要求你提供健康狀況或基因檢測結果的資料，"
                "亦請你不要把這些資料發送給我們。</p>"
            ),
        },
    },
    {
        "question": {
            "en": "What does “medically reviewed” mean?",
            "zh_hant": "「經醫學審閱」是甚麼意思？",
        },
        "answer": {
            "en": (
                "<p>It means a qualified health professional with relevant expertise has checked "
                "the article for accuracy, balance and clarity against current evidence and "
                "guidelines. The page shows who reviewed it, when, and when the next review is "
                "due; if a review is overdue, the page says so.</p>"
                "<p>Medical review does not make an article a recommendation for any individual. "
                "Knowledge changes, and your own doctor is best placed to advise on your "
                "situation.</p>"
            ),
            "zh_hant": (
                "<p>這表示一位具相關專長的合資格醫護人員已根據現有證據和指引，檢查文章是否準確、"
                "持平和清晰。頁面會顯示審閱者、審閱日期及下次審閱的限期；如審閱已經逾期，"
                "頁面亦會註明。</p>"
                "<p>經醫學審閱並不代表文章是針對任何個人的建議。醫學知識不斷更新，"
                "你的醫生最能就你的情況提供意見。</p>"
            ),
        },
    },
    {
        "question": {
            "en": "Can I use the leaflets?",
            "zh_hant": "我可以使用你們的單張嗎？",
        },
        "answer": {
            "en": (
                "<p>Yes. You may download, print and share our leaflets free of charge for "
                "personal use and for non-commercial education, for example in clinics, schools or "
                "patient groups, as long as you do not change them and you credit Genomics "
                "Academy.</p>"
                "<p>Please check this site for the latest version before printing in large "
                "numbers. To adapt a leaflet or use it in other ways, please contact us.</p>"
            ),
            "zh_hant": (
                "<p>可以。你可以免費下載、列印和分享我們的單張，作個人用途或非商業教育用途，"
                "例如在診所、學校或病人組織中使用，但不得修改內容，並須註明出處為基因組學學院。</p>"
                "<p>大量列印前，請先在本網站確認是否最新版本。如需改編單張或作其他用途，"
                "請與我們聯絡。</p>"
            ),
        },
    },
]
