"""Demo articles, part B: pharmacogenomics and risk, hereditary cancer, consent, biobanks and
screening. Plain data in the shapes described in `content.demo_content`; reviewers are fictional.
"""

ARTICLES_B = [
    {
        "slug": "pharmacogenomics",
        "topic": "pharmacogenomics-and-risk",
        "audience": ["professionals", "students"],
        "level": "professional",
        "title": {
            "en": "Pharmacogenomics: how genes shape responses to medicines",
            "zh_hant": "藥物基因組學：基因如何影響藥物反應",
        },
        "summary": {
            "en": (
                "Inherited differences in a few genes can change how well some medicines work or "
                "how likely they are to cause serious side effects. This overview for health "
                "professionals covers well-established gene–drug pairs, including HLA-B*15:02 and "
                "carbamazepine, and how CPIC guidelines support prescribing."
            ),
            "zh_hant": (
                "少數基因中的遺傳差異，可以改變某些藥物的療效或引致嚴重副作用的可能性。"
                "這篇為醫護人員而設的概覽介紹已確立的基因－藥物組合（包括HLA-B*15:02與卡巴咪嗪），"
                "以及CPIC指引如何支援處方決定。"
            ),
        },
        "image": "medicines",
        "reviewer": {
            "name": "Dr Chan Siu-fong",
            "credentials": {
                "en": "MBChB, FHKAM (Medicine), clinical pharmacologist",
                "zh_hant": "內外全科醫學士、香港醫學專科學院院士（內科）、臨床藥理學專科醫生",
            },
        },
        "last_reviewed": "2026-03-12",
        "next_review_due": "2027-03-12",
        "related": [
            "genetic-variants-explained",
            "polygenic-risk-scores",
            "genetic-counselling",
            "consent-for-genomic-testing",
        ],
        "body": {
            "en": [
                (
                    "image",
                    {
                        "image": "medicines",
                        "alt": (
                            "Illustration of five capsules, each half dark blue and half red, "
                            "above a row of small blue, green and gold squares."
                        ),
                        "caption": (
                            "The same medicine at the same dose can work differently, or carry "
                            "different risks, depending on a person's genes."
                        ),
                    },
                ),
                ("heading", "What pharmacogenomics studies"),
                (
                    "paragraph",
                    (
                        "<p>Pharmacogenomics is the study of how inherited DNA differences change "
                        "the way people respond to medicines. For most drugs, genes are one "
                        "influence among many, alongside age, kidney and liver function, other "
                        "medicines and adherence. For a small number of well-studied gene–drug "
                        "pairs, however, a genetic result can meaningfully change the choice of "
                        "medicine or the starting dose.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Most effects work in one of two ways. <strong>Pharmacokinetic</strong> "
                        "variants alter enzymes or transporters, such as the cytochrome P450 "
                        "enzymes, so that levels of a drug or its active metabolite are higher or "
                        "lower than expected; results are usually reported as a predicted "
                        "phenotype, from <em>poor</em> to <em>ultrarapid metaboliser</em>. "
                        "<strong>Immune-mediated</strong> risks are different: certain human "
                        "leukocyte antigen (HLA) types are strongly associated with rare but "
                        "severe hypersensitivity reactions. Germline results do not change over a "
                        "lifetime, so one test can inform many future prescriptions if it is "
                        "clearly recorded.</p>"
                    ),
                ),
                ("heading", "Well-established examples"),
                ("subheading", "HLA-B*15:02 and carbamazepine"),
                (
                    "paragraph",
                    (
                        "<p>Carbamazepine can rarely cause Stevens–Johnson syndrome (SJS) or toxic "
                        "epidermal necrolysis (TEN), life-threatening reactions of the skin and "
                        "mucous membranes. A 2004 study of Han Chinese patients in Taiwan reported "
                        "a very strong association between these reactions and HLA-B*15:02, an "
                        "allele that is relatively common in Han Chinese and many Southeast Asian "
                        "populations and rare in people of European ancestry. CPIC recommends that "
                        "carbamazepine generally not be started in HLA-B*15:02 carriers who have "
                        "not taken it before, with similar caution for oxcarbazepine. People who "
                        "have taken carbamazepine for more than three months without a reaction "
                        "are considered to be at low risk.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Hong Kong's public hospitals have tested for HLA-B*15:02 before "
                        "carbamazepine is started in new patients since 2008. An evaluation found "
                        "fewer carbamazepine-related cases of SJS/TEN, but also a shift towards "
                        "other antiepileptic drugs, which carry their own risks. A negative result "
                        "lowers, but does not remove, the risk of severe skin reactions.</p>"
                    ),
                ),
                ("subheading", "CYP2C19 and clopidogrel"),
                (
                    "paragraph",
                    (
                        "<p>Clopidogrel is a prodrug activated mainly by CYP2C19. Poor "
                        "metabolisers, who carry two no-function alleles such as *2 or *3, and to "
                        "a lesser degree intermediate metabolisers, achieve less platelet "
                        "inhibition. For acute coronary syndromes or percutaneous coronary "
                        "intervention, CPIC recommends an alternative such as prasugrel or "
                        "ticagrelor for these patients if there is no contraindication. "
                        "No-function alleles are considerably more common in East Asian than in "
                        "European populations.</p>"
                    ),
                ),
                ("subheading", "CYP2C9, VKORC1 and warfarin"),
                (
                    "paragraph",
                    (
                        "<p>A common VKORC1 variant increases sensitivity to warfarin, and "
                        "decreased-function CYP2C9 alleles slow its clearance; both lower the dose "
                        "needed and can raise bleeding risk early in treatment. The sensitivity "
                        "variant is very common in East Asian populations, which partly explains "
                        "their lower average doses. Genotype-guided dosing algorithms exist, but "
                        "INR monitoring remains essential.</p>"
                    ),
                ),
                ("subheading", "TPMT, NUDT15 and thiopurines"),
                (
                    "paragraph",
                    (
                        "<p>Azathioprine, mercaptopurine and thioguanine are used in inflammatory "
                        "bowel disease, autoimmune conditions, leukaemia and transplantation. "
                        "Reduced TPMT or NUDT15 activity leads to a build-up of active thioguanine "
                        "metabolites and a risk of severe bone marrow suppression at standard "
                        "doses. Reduced-function NUDT15 variants are relatively common in East "
                        "Asian populations, whereas TPMT variants are more frequent in people of "
                        "European ancestry. CPIC advises lower starting doses for intermediate "
                        "metabolisers and substantial reductions or an alternative for poor "
                        "metabolisers, with blood counts monitored in everyone.</p>"
                    ),
                ),
                ("heading", "Guidelines and putting results into practice"),
                (
                    "paragraph",
                    (
                        "<p>The Clinical Pharmacogenetics Implementation Consortium (CPIC) "
                        "publishes free, peer-reviewed guidelines on how to act on genetic results "
                        "that are already available; they generally do not address whether a test "
                        "should be ordered. Other sources, such as the Dutch Pharmacogenetics "
                        "Working Group and regulators' product information, also give gene-based "
                        "advice and do not always agree exactly.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "tone": "important",
                        "title": "Patients should not change medicines on their own",
                        "text": (
                            "<p>A pharmacogenomic result, including one from a consumer test, "
                            "should never lead a patient to stop, start or change a medicine "
                            "without advice. Stopping drugs such as antiepileptics or "
                            "antiplatelets suddenly can be dangerous. Encourage patients to share "
                            "any results with their doctor or pharmacist.</p>"
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "title": "Key points",
                        "points": [
                            (
                                "Variants in a few genes can change how well a medicine works or "
                                "how likely it is to cause serious harm."
                            ),
                            (
                                "HLA-B*15:02, relatively common in Han Chinese and Southeast Asian "
                                "populations, is strongly linked to carbamazepine-induced SJS/TEN."
                            ),
                            (
                                "CYP2C19 (clopidogrel), CYP2C9 and VKORC1 (warfarin), and TPMT and "
                                "NUDT15 (thiopurines) are other well-established pairs; CPIC "
                                "guidelines explain how to act on results."
                            ),
                            (
                                "Patients should discuss results with their doctor or pharmacist "
                                "and never change medicines on their own."
                            ),
                        ],
                    },
                ),
                (
                    "references",
                    [
                        {
                            "citation": (
                                "Clinical Pharmacogenetics Implementation Consortium (CPIC). CPIC "
                                "guidelines."
                            ),
                            "doi": None,
                            "url": "https://cpicpgx.org/guidelines/",
                        },
                        {
                            "citation": (
                                "Chung WH, Hung SI, Hong HS, et al. Medical genetics: a marker for "
                                "Stevens–Johnson syndrome. Nature. 2004;428(6982):486."
                            ),
                            "doi": "10.1038/428486a",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Phillips EJ, Sukasem C, Whirl-Carrillo M, et al. Clinical "
                                "Pharmacogenetics Implementation Consortium guideline for HLA "
                                "genotype and use of carbamazepine and oxcarbazepine: 2017 update. "
                                "Clin Pharmacol Ther. 2018;103(4):574–581."
                            ),
                            "doi": "10.1002/cpt.1004",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Chen Z, Liew D, Kwan P. Effects of a HLA-B*15:02 screening policy "
                                "on antiepileptic drug use and severe skin reactions. Neurology. "
                                "2014;83(22):2077–2084."
                            ),
                            "doi": "10.1212/WNL.0000000000001034",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Lee CR, Luzum JA, Sangkuhl K, et al. Clinical Pharmacogenetics "
                                "Implementation Consortium guideline for CYP2C19 genotype and "
                                "clopidogrel therapy: 2022 update. Clin Pharmacol Ther. "
                                "2022;112(5):959–967."
                            ),
                            "doi": "10.1002/cpt.2526",
                            "url": None,
                        },
                    ],
                ),
            ],
            "zh_hant": [
                (
                    "image",
                    {
                        "image": "medicines",
                        "alt": (
                            "插圖：五粒一半深藍色、一半紅色的膠囊，下方有一排藍色、"
                            "綠色和金色的小方格。"
                        ),
                        "caption": (
                            "同一種藥物、同一劑量，在不同人身上的效果或風險，可能因基因而異。"
                        ),
                    },
                ),
                ("heading", "藥物基因組學研究甚麼"),
                (
                    "paragraph",
                    (
                        "<p>藥物基因組學研究脫氧核糖核酸（DNA）中遺傳而來的差異，"
                        "如何改變人對藥物的反應。對大部分藥物而言，基因只是眾多因素之一，"
                        "其他因素還包括年齡、腎臟和肝臟功能、同時服用的其他藥物，"
                        "以及是否依照處方服藥。不過，在少數經深入研究的「基因－藥物」組合中，"
                        "基因檢測結果足以實質影響藥物的選擇或起始劑量。</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>這些影響大多透過兩種途徑出現。<strong>藥物動力學</strong>"
                        "方面的變異會改變酶或轉運蛋白（例如細胞色素P450酶），"
                        "令藥物或其活性代謝物的濃度高於或低於預期；檢測結果通常以預測表型表示，"
                        "由<em>弱代謝者</em>至<em>超快速代謝者</em>不等。"
                        "<strong>免疫介導</strong>的風險則屬另一類：某些人類白血球抗原（HLA）型別，"
                        "與罕見但嚴重的過敏反應密切相關。胚系（遺傳）檢測結果終生不變，"
                        "只要清楚記錄，一次檢測便可為日後多次處方提供參考。</p>"
                    ),
                ),
                ("heading", "已確立的例子"),
                ("subheading", "HLA-B*15:02與卡巴咪嗪"),
                (
                    "paragraph",
                    (
                        "<p>卡巴咪嗪（carbamazepine）在罕見情況下可引致史蒂文斯－約翰遜綜合症（SJS"
                        "）或中毒性表皮壞死溶解症（TEN），這些影響皮膚和黏膜的反應可以危及生命。"
                        "2004年一項以台灣漢族病人為對象的研究發現，這些反應與HLA-B*15:02有非常強的"
                        "關聯；這個等位基因在漢族和不少東南亞人群中相對常見，"
                        "在歐洲血統人士中則很少見。臨床藥物基因學實施聯盟（CPIC）建議，"
                        "從未服用過卡巴咪嗪的HLA-B*15:02帶有者一般不應開始使用這種藥物，"
                        "而奧卡西平（oxcarbazepine）亦須同樣審慎。"
                        "已服用卡巴咪嗪超過三個月而沒有出現反應的人，風險被視為偏低。</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>自2008年起，香港公立醫院在新病人開始服用卡巴咪嗪前，"
                        "會先檢測HLA-B*15:02。一項評估發現，與卡巴咪嗪相關的SJS/TEN個案減少，"
                        "但處方亦轉向其他抗癲癇藥物，而這些藥物本身亦有風險。"
                        "檢測結果為陰性可降低但不能消除嚴重皮膚反應的風險。</p>"
                    ),
                ),
                ("subheading", "CYP2C19與氯吡格雷"),
                (
                    "paragraph",
                    (
                        "<p>氯吡格雷（clopidogrel）是一種前體藥物，主要依靠CYP2C19活化。"
                        "帶有兩個無功能等位基因（例如*2或*3）的弱代謝者，以及程度較輕的中間代謝者，"
                        "血小板抑制效果會較弱。對於急性冠狀動脈綜合症或經皮冠狀動脈介入治療的病人，"
                        "CPIC建議這些病人在沒有禁忌的情況下改用普拉格雷（prasugrel）"
                        "或替格瑞洛（ticagrelor）等其他藥物。無功能等位基因在東亞人群中遠比在歐洲人"
                        "群中常見。</p>"
                    ),
                ),
                ("subheading", "CYP2C9、VKORC1與華法林"),
                (
                    "paragraph",
                    (
                        "<p>一個常見的VKORC1變異會令人對華法林（warfarin）更敏感，"
                        "而功能減弱的CYP2C9等位基因則會減慢其清除；兩者都會降低所需劑量，"
                        "並可能在治療初期增加出血風險。這個提高敏感度的變異在東亞人群中非常普遍，"
                        "部分解釋了為何東亞人的平均劑量較低。現時已有按基因型調整劑量的計算方法，"
                        "但監測國際標準化比值（INR）仍然不可或缺。</p>"
                    ),
                ),
                ("subheading", "TPMT、NUDT15與硫嘌呤類藥物"),
                (
                    "paragraph",
                    (
                        "<p>硫唑嘌呤（azathioprine）、巰嘌呤（mercaptopurine）"
                        "和硫鳥嘌呤（thioguanine）用於治療炎症性腸病、自身免疫疾病和白血病，"
                        "亦用於器官移植。TPMT或NUDT15活性降低，會令活性硫鳥嘌呤代謝物積聚，"
                        "在標準劑量下有出現嚴重骨髓抑制的風險。功能減弱的NUDT15變異在東亞人群中相對"
                        "常見，而TPMT變異則在歐洲血統人士中較多見。CPIC建議中間代謝者降低起始劑量，"
                        "弱代謝者則大幅減少劑量或改用其他藥物，而所有病人都應監測血球數目。</p>"
                    ),
                ),
                ("heading", "指引與臨床應用"),
                (
                    "paragraph",
                    (
                        "<p>臨床藥物基因學實施聯盟（CPIC）發表經同行評審、可免費取閱的指引，"
                        "說明如何運用已有的基因檢測結果；這些指引一般不涉及是否應安排檢測。"
                        "其他來源，例如荷蘭藥物遺傳學工作小組和監管機構批准的產品資料，"
                        "亦會提供以基因為本的建議，而各方建議未必完全一致。</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "tone": "important",
                        "title": "病人不應自行更改藥物",
                        "text": (
                            "<p>病人絕不應在沒有專業意見的情況下，單憑藥物基因組學檢測結果（包括消"
                            "費者檢測）而停用、開始服用或更改任何藥物。突然停用抗癲癇藥或抗血小板藥"
                            "等藥物可能會有危險。請鼓勵病人把任何檢測結果交給醫生或藥劑師。</p>"
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "title": "重點",
                        "points": [
                            "少數基因中的變異，可以改變藥物的療效或引致嚴重傷害的可能性。",
                            (
                                "HLA-B*15:02在漢族和東南亞人群中相對常見，"
                                "與卡巴咪嗪引致的SJS/TEN密切相關。"
                            ),
                            (
                                "CYP2C19（氯吡格雷）、CYP2C9和VKORC1（華法林），"
                                "以及TPMT和NUDT15（硫嘌呤類藥物）都是已確立的組合；"
                                "CPIC指引說明如何運用檢測結果。"
                            ),
                            "病人應與醫生或藥劑師討論檢測結果，切勿自行更改藥物。",
                        ],
                    },
                ),
                (
                    "references",
                    [
                        {
                            "citation": (
                                "Clinical Pharmacogenetics Implementation Consortium (CPIC). CPIC "
                                "guidelines."
                            ),
                            "doi": None,
                            "url": "https://cpicpgx.org/guidelines/",
                        },
                        {
                            "citation": (
                                "Chung WH, Hung SI, Hong HS, et al. Medical genetics: a marker for "
                                "Stevens–Johnson syndrome. Nature. 2004;428(6982):486."
                            ),
                            "doi": "10.1038/428486a",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Phillips EJ, Sukasem C, Whirl-Carrillo M, et al. Clinical "
                                "Pharmacogenetics Implementation Consortium guideline for HLA "
                                "genotype and use of carbamazepine and oxcarbazepine: 2017 update. "
                                "Clin Pharmacol Ther. 2018;103(4):574–581."
                            ),
                            "doi": "10.1002/cpt.1004",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Chen Z, Liew D, Kwan P. Effects of a HLA-B*15:02 screening policy "
                                "on antiepileptic drug use and severe skin reactions. Neurology. "
                                "2014;83(22):2077–2084."
                            ),
                            "doi": "10.1212/WNL.0000000000001034",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Lee CR, Luzum JA, Sangkuhl K, et al. Clinical Pharmacogenetics "
                                "Implementation Consortium guideline for CYP2C19 genotype and "
                                "clopidogrel therapy: 2022 update. Clin Pharmacol Ther. "
                                "2022;112(5):959–967."
                            ),
                            "doi": "10.1002/cpt.2526",
                            "url": None,
                        },
                    ],
                ),
            ],
        },
    },
    {
        "slug": "polygenic-risk-scores",
        "topic": "pharmacogenomics-and-risk",
        "audience": ["public", "patients", "students"],
        "level": "general",
        "title": {
            "en": "Polygenic risk scores: what they can and cannot tell you",
            "zh_hant": "多基因風險評分：能告訴你甚麼，不能告訴你甚麼",
        },
        "summary": {
            "en": (
                "A polygenic risk score adds up the small effects of many common genetic variants "
                "to estimate a person's inherited tendency towards a condition. It shows a "
                "likelihood, not a certainty, and most scores work best in people of European "
                "ancestry."
            ),
            "zh_hant": (
                "多基因風險評分把許多常見基因變異的微小影響加起來，"
                "用以估計一個人在遺傳上患某種疾病的傾向。它顯示的是可能性而非必然結果，"
                "而且大部分評分用於歐洲血統人士時最為準確。"
            ),
        },
        "image": "risk-curve",
        "reviewer": {
            "name": "Dr Leung Ka-wai",
            "credentials": {
                "en": "PhD, genetic epidemiologist",
                "zh_hant": "哲學博士、遺傳流行病學家",
            },
        },
        "last_reviewed": "2025-10-20",
        "next_review_due": "2027-10-20",
        "related": [
            "genetic-variants-explained",
            "pharmacogenomics",
            "hereditary-cancer",
            "genetic-counselling",
        ],
        "body": {
            "en": [
                ("heading", "Many small effects added together"),
                (
                    "paragraph",
                    (
                        "<p>Many common conditions, such as heart disease, type 2 diabetes and "
                        "some cancers, are shaped by many genes together with lifestyle, "
                        "environment and chance. Each common genetic variant involved nudges risk "
                        "up or down by only a tiny amount. A <strong>polygenic risk score</strong> "
                        "(PRS) combines information from hundreds, thousands or even millions of "
                        "these variants. Each variant is given a weight based on how strongly it "
                        "was linked to the condition in large research studies called genome-wide "
                        "association studies.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>The result is usually reported as a percentile: where your score sits "
                        "compared with a reference group of other people. A result in the 90th "
                        "percentile, for example, means your score is higher than the scores of "
                        "about 90 in every 100 people in that group.</p>"
                    ),
                ),
                (
                    "figure",
                    {
                        "image": "risk-curve",
                        "alt": (
                            "A bell-shaped curve with a small red-shaded area at its far right end."
                        ),
                        "caption": (
                            "Most people's scores fall near the middle; only a small group sits at "
                            "the high end."
                        ),
                        "long_description": (
                            "The illustration shows a smooth, bell-shaped curve drawn above a "
                            "horizontal line on a white background. The horizontal line represents "
                            "polygenic risk scores, from lower scores on the left to higher scores "
                            "on the right. The height of the curve shows how many people have each "
                            "score. The curve is highest in the middle, because most people have "
                            "scores close to the average, and it slopes down evenly on both sides, "
                            "because fewer people have very low or very high scores. The area "
                            "under the curve is shaded light blue, except for a narrow section at "
                            "the far right-hand end, which is shaded red. This red tail represents "
                            "the small group of people with the highest scores, whose estimated "
                            "risk is higher than average. The picture does not mean that everyone "
                            "in the red area will develop the condition, or that people elsewhere "
                            "on the curve will not."
                        ),
                    },
                ),
                ("heading", "Relative risk and absolute risk"),
                (
                    "paragraph",
                    (
                        "<p>A PRS report might say that someone has “twice the average risk”. That "
                        "is a <strong>relative risk</strong>: it compares one group with another. "
                        "For decisions, <strong>absolute risk</strong> matters more: the actual "
                        "chance of developing the condition over a stated period of time.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Imagine a condition that affects 3 in every 100 people of your age and "
                        "sex over the next ten years. If your score doubles that risk, your "
                        "absolute risk becomes about 6 in 100. That is a real increase, but it "
                        "also means that about 94 in every 100 people with the same result would "
                        "<em>not</em> develop the condition in that time. In the same way, a low "
                        "score does not mean no risk.</p>"
                    ),
                ),
                ("heading", "Why ancestry matters"),
                (
                    "paragraph",
                    (
                        "<p>Most of the large genetic studies used to build polygenic scores so "
                        "far have involved people of European ancestry. Because patterns of "
                        "genetic variation differ between populations, a score developed in one "
                        "group often predicts less well in another. A widely cited 2019 analysis "
                        "found that scores were noticeably less accurate in people of East Asian "
                        "ancestry, and much less accurate in people of African ancestry, than in "
                        "people of European ancestry. Using such scores without checking how well "
                        "they work locally could give misleading results and widen existing health "
                        "inequalities. Larger and more diverse studies, including studies in East "
                        "Asia, are helping to build scores that work better for people in Hong "
                        "Kong, but this work is still developing.</p>"
                    ),
                ),
                ("heading", "How might scores be used?"),
                (
                    "paragraph",
                    (
                        "<p>In research, and in a few clinical services, a PRS is being tested as "
                        "one part of a wider risk assessment that also considers age, sex, family "
                        "history, blood pressure, cholesterol, smoking, weight and other factors. "
                        "Possible uses include helping to decide when someone should start "
                        "screening for a cancer, or who might benefit from earlier advice and "
                        "treatment to prevent heart disease. These uses are still being evaluated, "
                        "and most health systems do not yet use polygenic scores routinely.</p>"
                    ),
                ),
                ("heading", "Limits to keep in mind"),
                (
                    "paragraph",
                    (
                        "<ul><li>A PRS is not a diagnosis. It cannot tell you whether you will or "
                        "will not develop a condition.</li><li>It does not detect rare, "
                        "high-impact variants, such as harmful changes in <em>BRCA1</em> or "
                        "<em>BRCA2</em>. Those need a different kind of genetic test.</li><li>Your "
                        "score does not change, but many other risk factors can, and they often "
                        "matter as much or more.</li><li>Different laboratories may use different "
                        "scores for the same condition, so the same person can get different "
                        "results.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Thinking about a consumer test?",
                        "text": (
                            "<p>Some companies sell polygenic scores directly to the public. "
                            "Before buying one, ask which populations the score was tested in, "
                            "what the result could change for you, and whether you will have help "
                            "to understand it. If you already have a result that worries you, talk "
                            "to your doctor or a genetic counsellor before making any health "
                            "decisions.</p>"
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "title": "Key points",
                        "points": [
                            (
                                "A polygenic risk score combines the small effects of many common "
                                "variants into one estimate of inherited tendency."
                            ),
                            (
                                "It describes likelihood, not certainty: always ask what the "
                                "absolute risk is over a stated time."
                            ),
                            (
                                "Most scores were developed in people of European ancestry and may "
                                "be less accurate for people of Chinese and other ancestries."
                            ),
                            (
                                "Combined with other risk factors, scores may one day help to "
                                "tailor screening and prevention, but this is still being studied."
                            ),
                            (
                                "A score is not a diagnosis and does not replace testing for "
                                "single-gene conditions."
                            ),
                        ],
                    },
                ),
                (
                    "references",
                    [
                        {
                            "citation": (
                                "Torkamani A, Wineinger NE, Topol EJ. The personal and clinical "
                                "utility of polygenic risk scores. Nat Rev Genet. "
                                "2018;19(9):581–590."
                            ),
                            "doi": "10.1038/s41576-018-0018-x",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Martin AR, Kanai M, Kamatani Y, Okada Y, Neale BM, Daly MJ. "
                                "Clinical use of current polygenic risk scores may exacerbate "
                                "health disparities. Nat Genet. 2019;51(4):584–591."
                            ),
                            "doi": "10.1038/s41588-019-0379-x",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Khera AV, Chaffin M, Aragam KG, et al. Genome-wide polygenic "
                                "scores for common diseases identify individuals with risk "
                                "equivalent to monogenic mutations. Nat Genet. "
                                "2018;50(9):1219–1224."
                            ),
                            "doi": "10.1038/s41588-018-0183-z",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Lambert SA, Gil L, Jupp S, et al. The Polygenic Score Catalog as "
                                "an open database for reproducibility and systematic evaluation. "
                                "Nat Genet. 2021;53(4):420–425."
                            ),
                            "doi": "10.1038/s41588-021-00783-5",
                            "url": None,
                        },
                    ],
                ),
            ],
            "zh_hant": [
                ("heading", "把許多微小影響加起來"),
                (
                    "paragraph",
                    (
                        "<p>不少常見疾病，例如心臟病、第二型糖尿病和某些癌症，都受到多個基因，"
                        "以及生活方式、環境和機遇共同影響。每個相關的常見基因變異，"
                        "只會把風險稍為推高或拉低。<strong>多基因風險評分</strong>綜合了數以百計、"
                        "數以千計，甚至數以百萬計這類變異的資料。每個變異會按照它在大型研究（稱為全"
                        "基因組關聯研究）中與該疾病關聯的強弱，獲分配一個權重。</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>結果通常以百分位數表示，即你的評分與參考組別中其他人相比所處的位置。"
                        "例如，結果在第90個百分位，表示你的評分高於該組別中每100人裏約90人的評分。"
                        "</p>"
                    ),
                ),
                (
                    "figure",
                    {
                        "image": "risk-curve",
                        "alt": "一條鐘形曲線，最右端有一小塊以紅色標示的範圍。",
                        "caption": "大部分人的評分都在中間附近，只有一小群人處於高分一端。",
                        "long_description": (
                            "插圖在白色背景上，於一條水平線上方畫出一條平滑的鐘形曲線。"
                            "水平線代表多基因風險評分，由左至右分數逐漸提高。"
                            "曲線的高度表示有多少人得到該分數。曲線在中間最高，"
                            "因為大部分人的評分接近平均；曲線向兩邊均勻下降，"
                            "因為評分非常低或非常高的人較少。曲線下方的範圍以淺藍色填滿，"
                            "只有最右端一小段以紅色標示。這條紅色的尾部代表評分最高的一小群人，"
                            "他們的估計風險高於平均。這幅圖並不表示紅色範圍內的每個人都會患上該疾病"
                            "，亦不表示曲線上其他位置的人不會患病。"
                        ),
                    },
                ),
                ("heading", "相對風險與絕對風險"),
                (
                    "paragraph",
                    (
                        "<p>多基因風險評分報告可能會說某人的風險是「平均的兩倍」。"
                        "這是<strong>相對風險</strong>，即把一個組別與另一個組別作比較。"
                        "在作決定時，<strong>絕對風險</strong>更為重要，"
                        "即在指定時間內真正患上該疾病的機會。</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>假設某種疾病在未來十年會影響每100名與你同齡同性別人士中的3人。"
                        "如果你的評分令風險加倍，你的絕對風險便約為每100人中有6人。這是真實的增加，"
                        "但同時代表每100名有相同結果的人當中，約有94人在這段時間內<em>不會</em>"
                        "患上該疾病。同樣道理，評分低也不代表沒有風險。</p>"
                    ),
                ),
                ("heading", "為甚麼血統很重要"),
                (
                    "paragraph",
                    (
                        "<p>到目前為止，用來建立多基因評分的大型基因研究，"
                        "大多以歐洲血統人士為對象。由於不同人群的基因變異模式各有不同，"
                        "在某一人群中建立的評分，用於另一人群時預測能力往往較弱。"
                        "一項在2019年發表並被廣泛引用的分析發現，與用於歐洲血統人士相比，"
                        "這些評分用於東亞血統人士時準確度明顯較低，用於非洲血統人士時更低得多。"
                        "若未有檢視評分在本地的表現便加以使用，可能會得出誤導的結果，"
                        "並加劇現有的健康不平等。規模更大和更多元化的研究（包括在東亞進行的研究）"
                        "正協助建立更適合香港人的評分，但這方面的工作仍在發展中。</p>"
                    ),
                ),
                ("heading", "評分可以怎樣應用？"),
                (
                    "paragraph",
                    (
                        "<p>在研究中，以及在少數臨床服務裏，多基因風險評分正被試用為整體風險評估的"
                        "一部分，同時考慮年齡、性別、家族病史、血壓、膽固醇、吸煙、體重及其他因素。"
                        "可能的用途包括協助決定某人應在何時開始接受某種癌症的篩查，"
                        "或哪些人可能受惠於及早接受預防心臟病的建議和治療。這些用途仍在評估之中，"
                        "大部分醫療系統目前尚未常規使用多基因評分。</p>"
                    ),
                ),
                ("heading", "須留意的限制"),
                (
                    "paragraph",
                    (
                        "<ul><li>多基因風險評分並非診斷，不能告訴你會否患上某種疾病。"
                        "</li><li>它無法偵測罕見而影響重大的變異，例如<em>BRCA1</em>或"
                        "<em>BRCA2</em>的有害變化；這些需要另一類基因檢測。"
                        "</li><li>你的評分不會改變，但很多其他風險因素是可以改變的，"
                        "而且它們的影響往往同樣重要，甚至更大。</li><li>"
                        "不同化驗所可能就同一疾病採用不同的評分，同一個人因此可能得到不同的結果。"
                        "</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "考慮購買消費者檢測？",
                        "text": (
                            "<p>有些公司直接向公眾出售多基因評分。購買前，"
                            "不妨問清楚該評分曾在哪些人群中驗證、結果對你可能帶來甚麼改變，"
                            "以及會否有人協助你理解結果。如果你已經有令你擔心的結果，"
                            "請先與醫生或遺傳輔導員商討，才作任何健康決定。</p>"
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "title": "重點",
                        "points": [
                            (
                                "多基因風險評分把許多常見變異的微小影響，"
                                "綜合成一個估計遺傳傾向的數值。"
                            ),
                            "它描述的是可能性而非必然結果：應問清楚在指定時間內的絕對風險是多少。",
                            "大部分評分以歐洲血統人士建立，用於華人及其他血統人士時可能較不準確。",
                            (
                                "評分日後或可與其他風險因素結合，協助制訂更切合個人的篩查和預防方案"
                                "，但這仍在研究之中。"
                            ),
                            "評分並非診斷，亦不能取代針對單基因疾病的檢測。",
                        ],
                    },
                ),
                (
                    "references",
                    [
                        {
                            "citation": (
                                "Torkamani A, Wineinger NE, Topol EJ. The personal and clinical "
                                "utility of polygenic risk scores. Nat Rev Genet. "
                                "2018;19(9):581–590."
                            ),
                            "doi": "10.1038/s41576-018-0018-x",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Martin AR, Kanai M, Kamatani Y, Okada Y, Neale BM, Daly MJ. "
                                "Clinical use of current polygenic risk scores may exacerbate "
                                "health disparities. Nat Genet. 2019;51(4):584–591."
                            ),
                            "doi": "10.1038/s41588-019-0379-x",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Khera AV, Chaffin M, Aragam KG, et al. Genome-wide polygenic "
                                "scores for common diseases identify individuals with risk "
                                "equivalent to monogenic mutations. Nat Genet. "
                                "2018;50(9):1219–1224."
                            ),
                            "doi": "10.1038/s41588-018-0183-z",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Lambert SA, Gil L, Jupp S, et al. The Polygenic Score Catalog as "
                                "an open database for reproducibility and systematic evaluation. "
                                "Nat Genet. 2021;53(4):420–425."
                            ),
                            "doi": "10.1038/s41588-021-00783-5",
                            "url": None,
                        },
                    ],
                ),
            ],
        },
    },
    {
        "slug": "hereditary-cancer",
        "topic": "genomic-testing",
        "audience": ["public", "patients", "families"],
        "level": "general",
        "title": {
            "en": "Hereditary cancer: BRCA1, BRCA2 and Lynch syndrome",
            "zh_hant": "遺傳性癌症：BRCA1、BRCA2與林奇綜合症",
        },
        "summary": {
            "en": (
                "A small proportion of cancers are linked to an inherited gene change that can run "
                "in families. Genetic testing can help some families understand their risk and "
                "plan screening or prevention with their doctors."
            ),
            "zh_hant": (
                "一小部分癌症與可在家族中遺傳的基因變化有關。基因檢測可以幫助部分家庭了解自己的風險"
                "，並與醫生一起計劃篩查或預防措施。"
            ),
        },
        "image": "family-tree",
        "reviewer": {
            "name": "Dr Wong Hoi-yan",
            "credentials": {
                "en": "MBBS, FHKAM (Paediatrics), clinical geneticist",
                "zh_hant": "內外全科醫學士、香港醫學專科學院院士（兒科）、臨床遺傳科醫生",
            },
        },
        "last_reviewed": "2026-05-06",
        "next_review_due": "2027-05-06",
        "related": [
            "genetic-counselling",
            "genetic-variants-explained",
            "polygenic-risk-scores",
            "consent-for-genomic-testing",
        ],
        "body": {
            "en": [
                ("heading", "Most cancer is not inherited"),
                (
                    "paragraph",
                    (
                        "<p>Cancer is common, and most cancers develop because of gene changes "
                        "that build up in cells during a person's life. These changes are not "
                        "passed on to children. Only a small proportion of cancers, often "
                        "estimated at around 5 to 10 in every 100, are linked to a strong "
                        "inherited tendency.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>In a hereditary cancer syndrome, a person is born with a harmful "
                        "variant in one copy of a gene that normally helps to protect against "
                        "cancer. This raises the chance of certain cancers, often at a younger "
                        "age, but cancer is not certain. Each child of a carrier, son or daughter, "
                        "has a 1 in 2 chance of inheriting the variant, which can come from either "
                        "parent.</p>"
                    ),
                ),
                ("heading", "BRCA1 and BRCA2"),
                (
                    "paragraph",
                    (
                        "<p>The <em>BRCA1</em> and <em>BRCA2</em> genes help cells to repair "
                        "damaged DNA. Harmful variants greatly increase the risk of breast and "
                        "ovarian cancer. A large study estimated that roughly 7 in 10 women with a "
                        "variant in either gene develop breast cancer by the age of 80, and that "
                        "the risk of ovarian cancer is more than 4 in 10 with <em>BRCA1</em> and "
                        "under 2 in 10 with <em>BRCA2</em>. These variants, especially in "
                        "<em>BRCA2</em>, also raise the risk of breast cancer in men, prostate "
                        "cancer and pancreatic cancer. Estimates vary between studies and "
                        "families.</p>"
                    ),
                ),
                ("heading", "Lynch syndrome"),
                (
                    "paragraph",
                    (
                        "<p>Lynch syndrome is caused by harmful variants in mismatch repair genes, "
                        "which correct mistakes made when DNA is copied (<em>MLH1</em>, "
                        "<em>MSH2</em>, <em>MSH6</em> and <em>PMS2</em>), or by certain changes in "
                        "<em>EPCAM</em>. It mainly raises the risk of bowel (colorectal) cancer "
                        "and cancer of the womb lining (endometrial cancer), and also of some "
                        "other cancers, such as ovarian and stomach cancer. Regular colonoscopy "
                        "can find and remove growths in the bowel before they turn into cancer.</p>"
                    ),
                ),
                (
                    "figure",
                    {
                        "image": "family-tree",
                        "alt": (
                            "A family tree: a father, a filled-in mother and four children, two of "
                            "whom are filled in."
                        ),
                        "caption": (
                            "A simplified family tree: a gene change passed from a mother to two "
                            "of her four children."
                        ),
                        "long_description": (
                            "The illustration is a simple family tree drawn in dark blue. Squares "
                            "represent males and circles represent females. At the top, a man (an "
                            "empty square, on the left) and a woman (a filled-in circle, on the "
                            "right) are joined by a horizontal line, showing that they are "
                            "partners. A vertical line runs down from this line to a row of four "
                            "children. From left to right, they are a daughter (empty circle), a "
                            "son (filled-in square), a daughter (filled-in circle) and a son "
                            "(empty square). In this example, filled-in shapes mark people who "
                            "carry the family's gene change and empty shapes mark people who do "
                            "not. The mother carries the change, and two of her four children "
                            "inherited it. This fits the 1 in 2 chance that each child has when a "
                            "parent carries a harmful variant in a gene such as BRCA1, BRCA2 or "
                            "one of the Lynch syndrome genes. Real families do not always split "
                            "exactly in half, because each child's chance is separate."
                        ),
                    },
                ),
                ("heading", "Who might be offered testing?"),
                (
                    "paragraph",
                    (
                        "<p>A doctor or genetic counsellor may suggest testing if your personal or "
                        "family history shows patterns such as:</p><ul><li>several close relatives "
                        "on the same side of the family with the same or related cancers, for "
                        "example breast, ovarian, prostate and pancreatic cancer, or bowel and "
                        "womb cancer</li><li>cancer at an unusually young age</li><li>one person "
                        "with more than one separate cancer</li><li>ovarian cancer, or breast "
                        "cancer in a man</li><li>a harmful variant already found in a "
                        "relative</li></ul><p>Criteria differ between services. Where possible, "
                        "testing starts with a relative who has had cancer.</p>"
                    ),
                ),
                ("heading", "Cascade testing of relatives"),
                (
                    "paragraph",
                    (
                        "<p>Once a harmful variant is found, close blood relatives, such as "
                        "parents, brothers, sisters and adult children, can be tested for that "
                        "specific variant. This is called <strong>cascade testing</strong>. "
                        "Relatives without the variant usually have the same risk of those cancers "
                        "as the general population; those with it can plan screening and "
                        "prevention. Genetic counsellors can help you share results with your "
                        "family. Testing for adult-onset cancer risk is usually offered once a "
                        "person is an adult and can decide for themselves.</p>"
                    ),
                ),
                ("heading", "Options after a positive result"),
                (
                    "paragraph",
                    (
                        "<p>Recommendations depend on the gene, your age, your health and your "
                        "plans, and decisions are usually made over time with a specialist team. "
                        "Options may include:</p><ul><li>earlier or more frequent screening, such "
                        "as breast MRI scans or regular colonoscopy</li><li>medicines that lower "
                        "risk in some situations</li><li>surgery to reduce risk, such as removing "
                        "the ovaries and fallopian tubes, or the breasts</li><li>for people who "
                        "already have cancer, information that can help guide "
                        "treatment</li></ul><p>There is no single right choice, and many people "
                        "take time to decide.</p>"
                    ),
                ),
                (
                    "faq",
                    [
                        {
                            "question": (
                                "If my test is negative, does that mean I will not get cancer?"
                            ),
                            "answer": (
                                "<p>No. If you do not carry a variant already known in your "
                                "family, your risk is usually similar to that of the general "
                                "population, which is not zero. If no variant has been found in "
                                "your family, a negative result is less certain. Keep taking part "
                                "in the screening recommended for you.</p>"
                            ),
                        },
                        {
                            "question": "Can men carry BRCA variants?",
                            "answer": (
                                "<p>Yes. Men can inherit these variants and pass them on to sons "
                                "and daughters. Men with a harmful variant, particularly in "
                                "<em>BRCA2</em>, also have a higher risk of breast and prostate "
                                "cancer.</p>"
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
                                "BRCA1 and BRCA2 variants mainly raise breast and ovarian cancer "
                                "risk; Lynch syndrome mainly raises bowel and womb cancer risk."
                            ),
                            (
                                "Each child of a carrier has a 1 in 2 chance of inheriting the "
                                "variant, and relatives can be offered cascade testing."
                            ),
                            (
                                "Options after a positive result include earlier screening, "
                                "medicines and surgery; talk them through with your doctor or "
                                "genetic counsellor."
                            ),
                        ],
                    },
                ),
                (
                    "references",
                    [
                        {
                            "citation": (
                                "National Cancer Institute. BRCA gene changes: cancer risk and "
                                "genetic testing (fact sheet)."
                            ),
                            "doi": None,
                            "url": (
                                "https://www.cancer.gov/about-cancer/causes-prevention/genetics/"
                                "brca-fact-sheet"
                            ),
                        },
                        {
                            "citation": (
                                "National Cancer Institute. Genetic testing for inherited cancer "
                                "susceptibility syndromes (fact sheet)."
                            ),
                            "doi": None,
                            "url": (
                                "https://www.cancer.gov/about-cancer/causes-prevention/genetics/"
                                "genetic-testing-fact-sheet"
                            ),
                        },
                        {
                            "citation": (
                                "MedlinePlus Genetics. Lynch syndrome. US National Library of "
                                "Medicine."
                            ),
                            "doi": None,
                            "url": "https://medlineplus.gov/genetics/condition/lynch-syndrome/",
                        },
                        {
                            "citation": (
                                "Kuchenbaecker KB, Hopper JL, Barnes DR, et al. Risks of breast, "
                                "ovarian, and contralateral breast cancer for BRCA1 and BRCA2 "
                                "mutation carriers. JAMA. 2017;317(23):2402–2416."
                            ),
                            "doi": "10.1001/jama.2017.7112",
                            "url": None,
                        },
                    ],
                ),
            ],
            "zh_hant": [
                ("heading", "大部分癌症並非遺傳"),
                (
                    "paragraph",
                    (
                        "<p>癌症很常見，而大部分癌症是由於細胞在人一生中逐漸累積的基因變化所致，"
                        "這些變化不會遺傳給子女。只有一小部分癌症（一般估計約為每100宗中的5至10宗）"
                        "與強烈的遺傳傾向有關。</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>患有遺傳性癌症綜合症的人，出生時某個本來有助防止癌症的基因，"
                        "其中一個副本已帶有有害變異。這會提高患上某些癌症的機會，"
                        "而且發病年齡往往較早，但並不代表一定會患癌。帶有變異的人，"
                        "每名子女（不論兒子或女兒）都有二分之一機會遺傳到該變異，"
                        "而變異可來自父親或母親任何一方。</p>"
                    ),
                ),
                ("heading", "BRCA1與BRCA2"),
                (
                    "paragraph",
                    (
                        "<p><em>BRCA1</em>和<em>BRCA2</em>基因幫助細胞修補受損的脫氧核糖核酸（DNA）"
                        "。這兩個基因的有害變異會大幅增加患乳癌和卵巢癌的風險。一項大型研究估計，"
                        "在任何一個基因帶有變異的女性中，每10人約有7人會在80歲前患上乳癌；"
                        "卵巢癌的風險則在<em>BRCA1</em>帶有者中為每10人超過4人，"
                        "在<em>BRCA2</em>帶有者中為每10人少於2人。這些變異（尤其是<em>BRCA2</em>）"
                        "亦會增加男性乳癌、前列腺癌和胰臟癌的風險。不同研究和家族的估計數字會有差異"
                        "。</p>"
                    ),
                ),
                ("heading", "林奇綜合症"),
                (
                    "paragraph",
                    (
                        "<p>林奇綜合症是由錯配修復基因（負責修正DNA複製錯誤的基因，"
                        "包括<em>MLH1</em>、<em>MSH2</em>、<em>MSH6</em>和<em>PMS2</em>）"
                        "出現有害變異，或<em>EPCAM</em>基因出現某些變化所引致。"
                        "它主要增加患大腸癌和子宮內膜癌的風險，亦會增加其他一些癌症（例如卵巢癌和胃"
                        "癌）的風險。定期接受大腸鏡檢查，可以在腸道內的增生組織變成癌症之前，"
                        "把它們找出並切除。</p>"
                    ),
                ),
                (
                    "figure",
                    {
                        "image": "family-tree",
                        "alt": (
                            "家族譜：一名父親、一名以實心標示的母親和四名子女，"
                            "其中兩名子女以實心標示。"
                        ),
                        "caption": "簡化的家族譜：母親的基因變化遺傳給四名子女中的兩人。",
                        "long_description": (
                            "插圖是一幅以深藍色繪畫的簡單家族譜。方形代表男性，圓形代表女性。"
                            "最上方，一名男性（左邊的空心方形）和一名女性（右邊的實心圓形）"
                            "以一條橫線相連，表示他們是伴侶。一條直線從這條橫線向下延伸至一排四名子"
                            "女，由左至右分別是一名女兒（空心圓形）、一名兒子（實心方形）、"
                            "一名女兒（實心圓形）和一名兒子（空心方形）。在這個例子中，"
                            "實心圖形代表帶有家族基因變化的人，空心圖形代表沒有帶該變化的人。"
                            "母親帶有該變化，四名子女中有兩人遺傳了它。這符合父母其中一方在BRCA1、"
                            "BRCA2或林奇綜合症相關基因帶有有害變異時，"
                            "每名子女都有二分之一機會遺傳的情況。現實中的家庭未必剛好一半遺傳到，"
                            "因為每名子女的機會是各自獨立的。"
                        ),
                    },
                ),
                ("heading", "哪些人可能獲安排檢測？"),
                (
                    "paragraph",
                    (
                        "<p>如果你本人或家族的病史顯示以下等模式，醫生或遺傳輔導員可能會建議你接受"
                        "檢測：</p><ul><li>家族同一方有幾位近親患上相同或相關的癌症，例如乳癌、"
                        "卵巢癌、前列腺癌和胰臟癌，或大腸癌和子宮內膜癌</li><li>"
                        "在異常年輕的年紀患上癌症</li><li>同一人患上多於一種獨立的癌症</li><li>"
                        "家族中有人患卵巢癌，或有男性患乳癌</li><li>親屬已被發現帶有有害變異</li>"
                        "</ul><p>不同服務的準則各有不同。在可行的情況下，"
                        "檢測會先從曾患癌症的親屬開始。</p>"
                    ),
                ),
                ("heading", "親屬的級聯檢測"),
                (
                    "paragraph",
                    (
                        "<p>一旦發現有害變異，父母、兄弟姊妹和成年子女等血親，"
                        "便可以檢測該特定變異。這稱為<strong>級聯檢測</strong>。"
                        "沒有帶該變異的親屬，患上相關癌症的風險通常與一般人相若；"
                        "帶有該變異的親屬則可以計劃篩查和預防。遺傳輔導員可以協助你與家人分享結果。"
                        "有關成年後才會出現的癌症風險的檢測，通常會待當事人成年、"
                        "能夠自行決定時才提供。</p>"
                    ),
                ),
                ("heading", "結果呈陽性後的選擇"),
                (
                    "paragraph",
                    (
                        "<p>建議的做法取決於涉及的基因、你的年齡、健康狀況和人生計劃，"
                        "通常會與專科團隊在一段時間內共同決定。選擇可能包括："
                        "</p><ul><li>提早或更頻密地接受篩查，例如乳房磁力共振掃描或定期大腸鏡檢查"
                        "</li><li>在某些情況下服用降低風險的藥物</li><li>接受降低風險的手術，"
                        "例如切除卵巢和輸卵管，或切除乳房</li><li>對已患癌症的人而言，"
                        "檢測結果可能有助決定治療方法</li></ul><p>並沒有唯一正確的選擇，"
                        "很多人都需要時間考慮。</p>"
                    ),
                ),
                (
                    "faq",
                    [
                        {
                            "question": "如果我的檢測結果是陰性，是否代表我不會患癌？",
                            "answer": (
                                "<p>不是。如果你沒有帶有家族中已知的變異，"
                                "你的風險通常與一般人相若，但並非零。如果家族中尚未找到任何變異，"
                                "陰性結果的意義便沒有那麼確定。請繼續接受為你建議的篩查。</p>"
                            ),
                        },
                        {
                            "question": "男性會帶有BRCA變異嗎？",
                            "answer": (
                                "<p>會。男性同樣可以遺傳這些變異，並把它們遺傳給兒子和女兒。"
                                "帶有有害變異（尤其是<em>BRCA2</em>）的男性，"
                                "患乳癌和前列腺癌的風險亦較高。</p>"
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
                                "BRCA1和BRCA2變異主要增加乳癌和卵巢癌的風險；"
                                "林奇綜合症主要增加大腸癌和子宮內膜癌的風險。"
                            ),
                            (
                                "帶有變異的人，每名子女都有二分之一機會遺傳到該變異，"
                                "而親屬可獲安排級聯檢測。"
                            ),
                            (
                                "結果呈陽性後的選擇包括提早篩查、藥物和手術；"
                                "請與醫生或遺傳輔導員詳細商討。"
                            ),
                        ],
                    },
                ),
                (
                    "references",
                    [
                        {
                            "citation": (
                                "National Cancer Institute. BRCA gene changes: cancer risk and "
                                "genetic testing (fact sheet)."
                            ),
                            "doi": None,
                            "url": (
                                "https://www.cancer.gov/about-cancer/causes-prevention/genetics/"
                                "brca-fact-sheet"
                            ),
                        },
                        {
                            "citation": (
                                "National Cancer Institute. Genetic testing for inherited cancer "
                                "susceptibility syndromes (fact sheet)."
                            ),
                            "doi": None,
                            "url": (
                                "https://www.cancer.gov/about-cancer/causes-prevention/genetics/"
                                "genetic-testing-fact-sheet"
                            ),
                        },
                        {
                            "citation": (
                                "MedlinePlus Genetics. Lynch syndrome. US National Library of "
                                "Medicine."
                            ),
                            "doi": None,
                            "url": "https://medlineplus.gov/genetics/condition/lynch-syndrome/",
                        },
                        {
                            "citation": (
                                "Kuchenbaecker KB, Hopper JL, Barnes DR, et al. Risks of breast, "
                                "ovarian, and contralateral breast cancer for BRCA1 and BRCA2 "
                                "mutation carriers. JAMA. 2017;317(23):2402–2416."
                            ),
                            "doi": "10.1001/jama.2017.7112",
                            "url": None,
                        },
                    ],
                ),
            ],
        },
    },
    {
        "slug": "consent-for-genomic-testing",
        "topic": "data-and-consent",
        "audience": ["public", "patients", "families"],
        "level": "general",
        "title": {
            "en": "Consent for genomic testing and research",
            "zh_hant": "基因組檢測及研究的知情同意",
        },
        "summary": {
            "en": (
                "Before a genomic test or research study, you should be told what it is for, what "
                "it might find and what will happen to your sample and data. Consent is a "
                "conversation, and you can ask questions at any point."
            ),
            "zh_hant": (
                "在接受基因組檢測或參與研究之前，你應獲告知檢測的目的、可能得到的結果，"
                "以及你的樣本和數據會如何處理。知情同意是一個對話過程，你隨時都可以提出問題。"
            ),
        },
        "image": "counselling",
        "reviewer": {
            "name": "Ms Ho Mei-ling",
            "credentials": {
                "en": "MSc, certified genetic counsellor",
                "zh_hant": "理學碩士、認可遺傳輔導員",
            },
        },
        "last_reviewed": "2026-01-22",
        "next_review_due": "2028-01-22",
        "related": [
            "genetic-counselling",
            "biobanks-and-your-data",
            "whole-genome-sequencing",
            "newborn-and-carrier-screening",
        ],
        "body": {
            "en": [
                ("heading", "What is informed consent?"),
                (
                    "paragraph",
                    (
                        "<p>Informed consent means agreeing to a test, or to take part in "
                        "research, after you have been given clear information, time to think and "
                        "the chance to ask questions, without pressure. You will usually sign a "
                        "form, but the conversation matters more than the signature.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Genomic tests raise some special issues. They can reveal information "
                        "about your relatives as well as about you. Results can be complex or "
                        "uncertain. And your data may be stored and looked at again for many "
                        "years. A good consent process explains each of these points in plain "
                        "language.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "counselling",
                        "alt": (
                            "Two people, one in dark blue and one in red, facing each other with a "
                            "speech bubble between them."
                        ),
                        "caption": (
                            "Consent is a conversation: a doctor or genetic counsellor should "
                            "explain the test and answer your questions."
                        ),
                    },
                ),
                ("heading", "What the conversation should cover"),
                ("subheading", "The purpose"),
                (
                    "paragraph",
                    (
                        "<p>Why is the test being offered, and what question is it trying to "
                        "answer? It may be to find the cause of a health problem, to understand a "
                        "cancer risk, or for research. You should know whether the test is part of "
                        "your clinical care, part of a research study, or both.</p>"
                    ),
                ),
                ("subheading", "Possible results"),
                (
                    "paragraph",
                    (
                        "<p>A test might find a clear cause (a positive result), find nothing "
                        "relevant (a negative result, which does not always rule out a genetic "
                        "cause), or find a <strong>variant of uncertain significance</strong>, a "
                        "change whose meaning is not yet known. Results can also change over time "
                        "as knowledge improves and data are analysed again.</p>"
                    ),
                ),
                ("subheading", "Secondary and additional findings"),
                (
                    "paragraph",
                    (
                        "<p>When a large part of your genome is examined, the laboratory may "
                        "notice something unrelated to the reason for the test, such as a variant "
                        "that raises the risk of a heart condition or a cancer that can be "
                        "prevented or treated. Some services deliberately look for a set list of "
                        "such medically important genes. You should be told whether this will "
                        "happen and, usually, be given a choice about whether to receive these "
                        "findings. Some people want to know; others prefer not to. Both choices "
                        "are valid.</p>"
                    ),
                ),
                ("subheading", "Storage and sharing of samples and data"),
                (
                    "paragraph",
                    (
                        "<p>You should be told how long your sample and data will be kept, who can "
                        "see them, whether they will be coded so that your name is removed, "
                        "whether they may be used in future research or shared with other "
                        "researchers, including outside Hong Kong, and whether you may be "
                        "contacted again.</p>"
                    ),
                ),
                ("subheading", "Withdrawal"),
                (
                    "paragraph",
                    (
                        "<p>You can usually withdraw from research at any time without giving a "
                        "reason and without affecting your medical care. Ask what withdrawal means "
                        "in practice. For example, remaining samples may be destroyed and no new "
                        "research done, but data already used in completed studies usually cannot "
                        "be taken back.</p>"
                    ),
                ),
                ("subheading", "Implications for relatives"),
                (
                    "paragraph",
                    (
                        "<p>Because relatives share some of your DNA, your result may suggest that "
                        "they could be at risk too. You may be encouraged to share important "
                        "results with them. You decide how and when, and a genetic counsellor can "
                        "help you plan these conversations.</p>"
                    ),
                ),
                ("heading", "Children and young people"),
                (
                    "paragraph",
                    (
                        "<p>For children, a parent or guardian usually gives consent. Children "
                        "should still be involved as much as they are able: they can be given "
                        "information suited to their age and asked for their "
                        "<strong>assent</strong>, meaning their own agreement. Professional "
                        "guidance generally supports testing children when the result could help "
                        "their health during childhood, and suggests that testing for adult-onset "
                        "conditions should wait until the young person can decide for themselves. "
                        "When children in a research study grow up, they may be asked to give "
                        "their own consent to continue.</p>"
                    ),
                ),
                (
                    "faq",
                    [
                        {
                            "question": (
                                "Do I have to join a research study to have a clinical test?"
                            ),
                            "answer": (
                                "<p>Usually not: clinical testing and research are often separate "
                                "choices. In some programmes they are linked, and the team should "
                                "explain this clearly so that you can decide. Saying no to "
                                "research should not affect the care you receive.</p>"
                            ),
                        },
                        {
                            "question": "How long do I have to decide?",
                            "answer": (
                                "<p>Except in urgent situations, you should be able to take the "
                                "information home, talk with your family and come back with "
                                "questions. If you feel rushed, it is fine to say so.</p>"
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
                                "Informed consent means understanding and agreeing, without "
                                "pressure, after time to think and ask questions."
                            ),
                            (
                                "Consent should cover the purpose, possible results, additional "
                                "findings, storage and sharing of data, withdrawal and what "
                                "results may mean for relatives."
                            ),
                            "You can usually choose whether to receive additional findings.",
                            (
                                "You can usually withdraw from research at any time without "
                                "affecting your care."
                            ),
                            (
                                "Children should be involved in decisions as far as they are able, "
                                "through assent."
                            ),
                        ],
                    },
                ),
                (
                    "references",
                    [
                        {
                            "citation": (
                                "MedlinePlus Genetics. Genetic testing. US National Library of "
                                "Medicine."
                            ),
                            "doi": None,
                            "url": "https://medlineplus.gov/genetics/understanding/testing/",
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
                        {
                            "citation": (
                                "Botkin JR, Belmont JW, Berg JS, et al. Points to consider: "
                                "ethical, legal, and psychosocial implications of genetic testing "
                                "in children and adolescents. Am J Hum Genet. 2015;97(1):6–21."
                            ),
                            "doi": "10.1016/j.ajhg.2015.05.022",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Office of the Privacy Commissioner for Personal Data, Hong Kong."
                            ),
                            "doi": None,
                            "url": "https://www.pcpd.org.hk/",
                        },
                    ],
                ),
            ],
            "zh_hant": [
                ("heading", "甚麼是知情同意？"),
                (
                    "paragraph",
                    (
                        "<p>知情同意是指你在獲得清晰資料、有時間考慮和有機會提問，"
                        "並且沒有受到壓力的情況下，同意接受檢測或參與研究。你通常需要簽署表格，"
                        "但對話本身比簽名更重要。</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>基因組檢測涉及一些特別的問題。它們除了揭示你本人的資料外，"
                        "亦可能揭示你親屬的資料；結果可能複雜或不確定；而你的數據可能會被儲存，"
                        "並在多年內再次分析。良好的知情同意過程，會以淺白的語言逐一解釋這些要點。"
                        "</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "counselling",
                        "alt": "兩個人，一個深藍色、一個紅色，面對面，中間有一個對話框。",
                        "caption": (
                            "知情同意是一個對話：醫生或遺傳輔導員應解釋檢測內容並解答你的疑問。"
                        ),
                    },
                ),
                ("heading", "對話應涵蓋的內容"),
                ("subheading", "檢測目的"),
                (
                    "paragraph",
                    (
                        "<p>為甚麼會建議你接受這項檢測？它想解答甚麼問題？"
                        "目的可能是找出健康問題的成因、了解患癌風險，或是用於研究。"
                        "你應該知道這項檢測屬於你的臨床護理、研究計劃，還是兩者兼有。</p>"
                    ),
                ),
                ("subheading", "可能的結果"),
                (
                    "paragraph",
                    (
                        "<p>檢測可能找到明確的成因（陽性結果）；可能找不到相關的變化（陰性結果，"
                        "但這不一定能排除遺傳成因）；亦可能找到<strong>意義未明的變異</strong>，"
                        "即意義尚未清楚的基因變化。隨着知識進步和數據重新分析，"
                        "結果亦可能隨時間而改變。</p>"
                    ),
                ),
                ("subheading", "次要及額外發現"),
                (
                    "paragraph",
                    (
                        "<p>當化驗所檢視你基因組的一大部分時，可能會留意到與檢測原因無關的情況，"
                        "例如一個會增加某種心臟病或某種癌症風險的變異，"
                        "而這些疾病是可以預防或治療的。有些服務會刻意搜尋一份指定名單上這類對醫療有"
                        "重要意義的基因。你應獲告知會否進行這類搜尋，並通常可以選擇是否接收這些發現"
                        "。有些人想知道，有些人則寧願不知道，兩種選擇都同樣合理。</p>"
                    ),
                ),
                ("subheading", "樣本和數據的儲存及分享"),
                (
                    "paragraph",
                    (
                        "<p>你應獲告知你的樣本和數據會保存多久、誰可以查閱、"
                        "會否經過編碼以刪除你的姓名、會否用於日後的研究或與其他研究人員（包括香港以"
                        "外的研究人員）分享，以及日後會否再聯絡你。</p>"
                    ),
                ),
                ("subheading", "退出"),
                (
                    "paragraph",
                    (
                        "<p>你通常可以隨時退出研究，無須提供理由，而且不會影響你的醫療護理。"
                        "請問清楚退出在實際上代表甚麼。例如，剩餘的樣本可能會被銷毀，"
                        "亦不會再用於新的研究，但已用於已完成研究的數據通常無法收回。</p>"
                    ),
                ),
                ("subheading", "對親屬的影響"),
                (
                    "paragraph",
                    (
                        "<p>由於親屬與你共享部分DNA，你的結果可能顯示他們亦有風險。"
                        "醫護人員或會鼓勵你與他們分享重要的結果。如何及何時分享由你決定，"
                        "遺傳輔導員可以協助你計劃這些對話。</p>"
                    ),
                ),
                ("heading", "兒童及青少年"),
                (
                    "paragraph",
                    (
                        "<p>兒童的同意通常由父母或監護人代為給予。不過，"
                        "兒童仍應在能力範圍內盡量參與：他們可以獲得適合其年齡的資料，"
                        "並被徵求<strong>贊同</strong>，即他們本身的同意。"
                        "專業指引一般支持在檢測結果有助兒童童年時的健康時為他們進行檢測；"
                        "至於成年後才會出現的疾病，則建議待年輕人能夠自行決定時才檢測。"
                        "參與研究的兒童長大後，可能會被邀請親自給予同意，以決定是否繼續參與。</p>"
                    ),
                ),
                (
                    "faq",
                    [
                        {
                            "question": "我是否必須參與研究才可接受臨床檢測？",
                            "answer": (
                                "<p>通常不需要：臨床檢測和研究往往是兩個獨立的選擇。"
                                "在某些計劃中兩者是相連的，團隊應清楚解釋，讓你作出決定。"
                                "拒絕參與研究不應影響你所得到的護理。</p>"
                            ),
                        },
                        {
                            "question": "我有多少時間作決定？",
                            "answer": (
                                "<p>除非情況緊急，否則你應可以把資料帶回家、與家人商量，"
                                "然後帶着問題再來。如果你覺得被催促，可以直接說出來。</p>"
                            ),
                        },
                    ],
                ),
                (
                    "key_points",
                    {
                        "title": "重點",
                        "points": [
                            "知情同意是指在有時間考慮和提問後，在沒有壓力下理解並同意。",
                            (
                                "同意過程應涵蓋目的、可能的結果、額外發現、數據的儲存和分享、退出，"
                                "以及結果對親屬的意義。"
                            ),
                            "你通常可以選擇是否接收額外發現。",
                            "你通常可以隨時退出研究，而不會影響你的護理。",
                            "兒童應透過「贊同」，在能力範圍內參與決定。",
                        ],
                    },
                ),
                (
                    "references",
                    [
                        {
                            "citation": (
                                "MedlinePlus Genetics. Genetic testing. US National Library of "
                                "Medicine."
                            ),
                            "doi": None,
                            "url": "https://medlineplus.gov/genetics/understanding/testing/",
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
                        {
                            "citation": (
                                "Botkin JR, Belmont JW, Berg JS, et al. Points to consider: "
                                "ethical, legal, and psychosocial implications of genetic testing "
                                "in children and adolescents. Am J Hum Genet. 2015;97(1):6–21."
                            ),
                            "doi": "10.1016/j.ajhg.2015.05.022",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Office of the Privacy Commissioner for Personal Data, Hong Kong."
                            ),
                            "doi": None,
                            "url": "https://www.pcpd.org.hk/",
                        },
                    ],
                ),
            ],
        },
    },
    {
        "slug": "biobanks-and-your-data",
        "topic": "data-and-consent",
        "audience": ["public", "patients", "students"],
        "level": "general",
        "title": {"en": "Biobanks and your data", "zh_hant": "生物樣本庫與你的數據"},
        "summary": {
            "en": (
                "A biobank stores samples such as blood or saliva, together with health and "
                "genomic information, for approved research. Learn how this information is "
                "protected, what risks remain, and your rights to ask questions and to withdraw."
            ),
            "zh_hant": (
                "生物樣本庫儲存血液或唾液等樣本，連同健康和基因組資料，供經批准的研究使用。"
                "了解這些資料如何受到保護、仍然存在哪些風險，以及你提問和退出的權利。"
            ),
        },
        "image": "biobank",
        "reviewer": {
            "name": "Dr Lam Chi-keung",
            "credentials": {
                "en": "PhD, LLM, research ethics and data governance adviser",
                "zh_hant": "哲學博士、法學碩士、研究倫理及數據管治顧問",
            },
        },
        "last_reviewed": "2025-11-01",
        "next_review_due": "2026-11-01",
        "related": [
            "consent-for-genomic-testing",
            "whole-genome-sequencing",
            "what-is-the-genome",
            "polygenic-risk-scores",
        ],
        "body": {
            "en": [
                ("heading", "What is a biobank?"),
                (
                    "paragraph",
                    (
                        "<p>A biobank is an organised collection of biological samples, such as "
                        "blood, saliva or tissue, together with information about the people who "
                        "gave them. Some biobanks hold a few hundred samples for research on one "
                        "disease. Others, such as UK Biobank, hold samples and data from hundreds "
                        "of thousands of volunteers and are used by approved researchers around "
                        "the world. DNA from the samples may be sequenced, and the resulting "
                        "genomic data stored alongside health information such as diagnoses, test "
                        "results and answers to lifestyle questionnaires.</p>"
                    ),
                ),
                (
                    "figure",
                    {
                        "image": "biobank",
                        "alt": (
                            "Four rows of capped sample tubes, each partly filled with red, gold "
                            "or green liquid."
                        ),
                        "caption": (
                            "In a biobank, samples are labelled with codes rather than names."
                        ),
                        "long_description": (
                            "The illustration shows four neat rows of small sample tubes, with "
                            "nine tubes in each row, 36 tubes in all. Each tube has a dark blue "
                            "cap and is partly filled with coloured liquid, red, gold or green, in "
                            "a repeating pattern. None of the tubes carries a name or any other "
                            "personal label. The picture represents how a biobank stores many "
                            "samples in an organised way: each sample is tracked with a code and "
                            "kept separate from the information that could directly identify the "
                            "person who gave it."
                        ),
                    },
                ),
                ("heading", "How samples and data are protected"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>Coding (pseudonymisation).</strong> Your name, identity "
                        "card number and contact details are removed and replaced with a code. The "
                        "key that links the code to you is kept separately, and only a few "
                        "authorised staff can use it.</li><li><strong>Access committees.</strong> "
                        "Researchers must apply to use the data. A committee checks that the "
                        "project has a legitimate scientific purpose, has ethics approval and fits "
                        "what participants agreed to.</li><li><strong>Secure "
                        "environments.</strong> Increasingly, approved researchers analyse data "
                        "inside a secure computing system rather than downloading it. Only summary "
                        "results, which do not identify individuals, can be taken "
                        "out.</li><li><strong>Agreements and checks.</strong> Researchers sign "
                        "agreements promising not to try to identify anyone, and their use of the "
                        "data is logged and audited.</li></ul>"
                    ),
                ),
                ("heading", "How the research is used"),
                (
                    "paragraph",
                    (
                        "<p>Biobank research helps scientists to understand the causes of common "
                        "and rare diseases, test whether risk scores work in local populations and "
                        "develop new medicines. Research may be done by universities, hospitals "
                        "and sometimes companies, and you should be told whether commercial "
                        "partners may be involved. Findings are usually published as results for "
                        "groups of people. Many biobanks do not return individual results, "
                        "although some may contact you about an important finding if you agreed to "
                        "this.</p>"
                    ),
                ),
                ("heading", "Being honest about risk"),
                (
                    "paragraph",
                    (
                        "<p>Your genome is unique to you and partly shared with your relatives, so "
                        "genomic data can never be made completely anonymous. Researchers have "
                        "shown that, in some circumstances, people in coded genetic data sets can "
                        "be re-identified by combining the data with other information. In one "
                        "2013 study, researchers inferred the surnames of some participants by "
                        "comparing markers on their Y chromosome with public genealogy databases. "
                        "The protections described above are designed to make re-identification "
                        "very unlikely and to make any attempt a breach of the rules and the law, "
                        "but no system can promise zero risk.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "tone": "important",
                        "title": "Questions to ask before you agree",
                        "text": (
                            "<p>Who will be able to use my sample and data? Will they be shared "
                            "outside Hong Kong? Could companies use them? Will I be told about any "
                            "findings? How do I withdraw, and what happens to my sample and data "
                            "if I do?</p>"
                        ),
                    },
                ),
                ("heading", "Your data and the law in Hong Kong"),
                (
                    "paragraph",
                    (
                        "<p>In Hong Kong, the Personal Data (Privacy) Ordinance (Cap. 486) sets "
                        "rules for how personal data are collected, used, kept and disclosed. In "
                        "general terms, its data protection principles say that personal data "
                        "should be collected fairly and for a lawful purpose; kept accurate and "
                        "for no longer than necessary; used only for the purpose they were "
                        "collected for, or a directly related purpose, unless the person gives "
                        "voluntary and express consent; protected by security measures; and "
                        "handled under policies that are open to the public. People also have the "
                        "right to ask for access to, and correction of, their personal data.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>The Ordinance contains some exemptions, including one for certain "
                        "research and statistical uses where the results are not made available in "
                        "a form that identifies people. The Office of the Privacy Commissioner for "
                        "Personal Data oversees the Ordinance and handles complaints. Research "
                        "projects also need approval from an ethics committee. This is general "
                        "information, not legal advice.</p>"
                    ),
                ),
                ("heading", "Your rights as a participant"),
                (
                    "paragraph",
                    (
                        "<p>Taking part in a biobank is voluntary. You can ask questions at any "
                        "time, ask to see the personal data held about you, and withdraw. "
                        "Withdrawal options often include no further contact, no further use of "
                        "your sample and data, and destruction of remaining samples. Data already "
                        "used in completed analyses usually cannot be removed. Deciding not to "
                        "join, or leaving later, should not affect your medical care.</p>"
                    ),
                ),
                (
                    "key_points",
                    {
                        "title": "Key points",
                        "points": [
                            (
                                "Protections include coding, access committees, secure computing "
                                "environments and signed agreements."
                            ),
                            (
                                "Genomic data can never be made completely anonymous, so a small "
                                "risk of re-identification remains."
                            ),
                            (
                                "In Hong Kong, the Personal Data (Privacy) Ordinance (Cap. 486) "
                                "governs how personal data are handled."
                            ),
                            (
                                "Taking part is voluntary: you can ask questions, request access "
                                "to your personal data and withdraw."
                            ),
                        ],
                    },
                ),
                (
                    "references",
                    [
                        {
                            "citation": (
                                "Bycroft C, Freeman C, Petkova D, et al. The UK Biobank resource "
                                "with deep phenotyping and genomic data. Nature. "
                                "2018;562(7726):203–209."
                            ),
                            "doi": "10.1038/s41586-018-0579-z",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Gymrek M, McGuire AL, Golan D, Halperin E, Erlich Y. Identifying "
                                "personal genomes by surname inference. Science. "
                                "2013;339(6117):321–324."
                            ),
                            "doi": "10.1126/science.1229566",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Knoppers BM. Framework for responsible sharing of genomic and "
                                "health-related data. HUGO J. 2014;8(1):3."
                            ),
                            "doi": "10.1186/s11568-014-0003-1",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Hong Kong e-Legislation. Personal Data (Privacy) Ordinance (Cap. "
                                "486)."
                            ),
                            "doi": None,
                            "url": "https://www.elegislation.gov.hk/hk/cap486",
                        },
                        {
                            "citation": (
                                "Office of the Privacy Commissioner for Personal Data, Hong Kong."
                            ),
                            "doi": None,
                            "url": "https://www.pcpd.org.hk/",
                        },
                    ],
                ),
            ],
            "zh_hant": [
                ("heading", "甚麼是生物樣本庫？"),
                (
                    "paragraph",
                    (
                        "<p>生物樣本庫是有系統地收集生物樣本（例如血液、唾液或組織）的儲存庫，"
                        "同時保存提供樣本人士的相關資料。有些生物樣本庫只儲存數百個樣本，"
                        "用於研究某一種疾病；另一些（例如英國生物樣本庫）"
                        "則儲存數十萬名志願者的樣本和數據，供世界各地經批准的研究人員使用。"
                        "樣本中的DNA可能會被測序，所得的基因組數據會與健康資料（例如診斷、"
                        "化驗結果和生活方式問卷的答案）一併儲存。</p>"
                    ),
                ),
                (
                    "figure",
                    {
                        "image": "biobank",
                        "alt": "四排有蓋的樣本管，每支管內盛有部分紅色、金色或綠色液體。",
                        "caption": "在生物樣本庫中，樣本以編碼而非姓名標示。",
                        "long_description": (
                            "插圖展示四排整齊排列的小型樣本管，每排九支，共36支。"
                            "每支管都有深藍色的蓋，管內盛有部分紅色、金色或綠色的液體，"
                            "顏色按規律重複排列。所有樣本管上都沒有姓名或其他個人標籤。"
                            "這幅圖代表生物樣本庫如何有系統地儲存大量樣本：每個樣本都以編碼追蹤，"
                            "並與可以直接識別提供者身份的資料分開保存。"
                        ),
                    },
                ),
                ("heading", "樣本和數據如何受到保護"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>編碼（假名化）。</strong>你的姓名、"
                        "身份證號碼和聯絡資料會被刪除，並以一個編碼代替。"
                        "把編碼與你連繫起來的「鎖匙」會分開保存，只有少數獲授權的職員可以使用。"
                        "</li><li><strong>數據存取委員會。</strong>研究人員必須申請才可使用數據。"
                        "委員會會審查研究項目是否有正當的科學目的、是否已獲倫理批准，"
                        "以及是否符合參加者同意的範圍。</li><li><strong>安全環境。"
                        "</strong>愈來愈多獲批准的研究人員會在安全的電腦系統內分析數據，"
                        "而不是把數據下載。只有不能識別個人身份的綜合結果才可以被帶走。"
                        "</li><li><strong>協議與查核。</strong>研究人員須簽署協議，"
                        "承諾不會嘗試識別任何人，而他們使用數據的情況會被記錄和審核。</li></ul>"
                    ),
                ),
                ("heading", "研究如何運用這些資料"),
                (
                    "paragraph",
                    (
                        "<p>生物樣本庫的研究幫助科學家了解常見病和罕見病的成因、"
                        "測試風險評分是否適用於本地人群，以及研發新藥物。研究可能由大學、醫院，"
                        "有時亦會由企業進行；你應獲告知會否有商業夥伴參與。"
                        "研究結果通常以群體結果的形式發表。很多生物樣本庫不會向個別參加者發放結果，"
                        "但如果你曾表示同意，有些樣本庫可能會就重要發現聯絡你。</p>"
                    ),
                ),
                ("heading", "坦白面對風險"),
                (
                    "paragraph",
                    (
                        "<p>你的基因組獨一無二，而且部分與你的親屬共享，"
                        "因此基因組數據永遠無法做到完全匿名。研究人員已證明，在某些情況下，"
                        "把經編碼的基因數據集與其他資料結合，可以重新識別其中的人。"
                        "在2013年的一項研究中，研究人員把部分參加者Y染色體上的標記與公開的族譜數據"
                        "庫比對，從而推斷出他們的姓氏。上述的保護措施旨在令重新識別的可能性極低，"
                        "並令任何這類嘗試均屬違反規則和法律的行為，但沒有任何系統能保證風險為零。"
                        "</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "tone": "important",
                        "title": "同意前可以問的問題",
                        "text": (
                            "<p>誰可以使用我的樣本和數據？它們會否被分享到香港以外的地方？"
                            "企業可否使用？我會否獲告知任何發現？我可以怎樣退出？"
                            "退出後我的樣本和數據會怎樣處理？</p>"
                        ),
                    },
                ),
                ("heading", "你的數據與香港法律"),
                (
                    "paragraph",
                    (
                        "<p>在香港，《個人資料（私隱）條例》（第486章）就個人資料的收集、使用、"
                        "保存和披露訂明規則。概括而言，條例的保障資料原則規定："
                        "個人資料應以公平的方式、為合法目的而收集；應保持準確，"
                        "保存時間不應超過所需；除非當事人自願給予明示同意，"
                        "否則只可用於收集時的目的或直接有關的目的；應有保安措施保護；"
                        "並應按公開的政策處理。市民亦有權要求查閱和改正自己的個人資料。</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>條例設有一些豁免，包括在研究結果不以可識別個人身份的形式提供的情況下，"
                        "某些研究和統計用途可獲豁免。個人資料私隱專員公署負責監察條例的執行並處理投"
                        "訴。研究項目亦須獲倫理委員會批准。以上只屬一般資料，並非法律意見。</p>"
                    ),
                ),
                ("heading", "你作為參加者的權利"),
                (
                    "paragraph",
                    (
                        "<p>參與生物樣本庫是自願的。你可以隨時提出問題、要求查閱關於你的個人資料，"
                        "以及退出。退出的選擇通常包括不再聯絡你、不再使用你的樣本和數據，"
                        "以及銷毀剩餘的樣本。已用於已完成分析的數據通常無法刪除。"
                        "決定不參與或日後退出，都不應影響你的醫療護理。</p>"
                    ),
                ),
                (
                    "key_points",
                    {
                        "title": "重點",
                        "points": [
                            "保護措施包括編碼、數據存取委員會、安全電腦環境和已簽署的協議。",
                            "基因組數據永遠無法做到完全匿名，因此仍有輕微的重新識別風險。",
                            "在香港，《個人資料（私隱）條例》（第486章）規管個人資料的處理。",
                            "參與是自願的：你可以提問、要求查閱你的個人資料，以及退出。",
                        ],
                    },
                ),
                (
                    "references",
                    [
                        {
                            "citation": (
                                "Bycroft C, Freeman C, Petkova D, et al. The UK Biobank resource "
                                "with deep phenotyping and genomic data. Nature. "
                                "2018;562(7726):203–209."
                            ),
                            "doi": "10.1038/s41586-018-0579-z",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Gymrek M, McGuire AL, Golan D, Halperin E, Erlich Y. Identifying "
                                "personal genomes by surname inference. Science. "
                                "2013;339(6117):321–324."
                            ),
                            "doi": "10.1126/science.1229566",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Knoppers BM. Framework for responsible sharing of genomic and "
                                "health-related data. HUGO J. 2014;8(1):3."
                            ),
                            "doi": "10.1186/s11568-014-0003-1",
                            "url": None,
                        },
                        {
                            "citation": (
                                "Hong Kong e-Legislation. Personal Data (Privacy) Ordinance (Cap. "
                                "486)."
                            ),
                            "doi": None,
                            "url": "https://www.elegislation.gov.hk/hk/cap486",
                        },
                        {
                            "citation": (
                                "Office of the Privacy Commissioner for Personal Data, Hong Kong."
                            ),
                            "doi": None,
                            "url": "https://www.pcpd.org.hk/",
                        },
                    ],
                ),
            ],
        },
    },
    {
        "slug": "newborn-and-carrier-screening",
        "topic": "genomic-testing",
        "audience": ["public", "families", "patients"],
        "level": "general",
        "title": {"en": "Newborn and carrier screening", "zh_hant": "新生嬰兒篩查與帶因者篩查"},
        "summary": {
            "en": (
                "Screening tests look for a higher chance of a condition in people without "
                "symptoms. Carrier screening can show whether a couple might pass on a condition "
                "such as thalassaemia, and newborn screening finds babies who need early treatment."
            ),
            "zh_hant": (
                "篩查測試是在沒有病徵的人當中，找出患某種疾病機會較高的人。"
                "帶因者篩查可以顯示一對伴侶會否把地中海貧血等疾病遺傳給子女，"
                "而新生嬰兒篩查則能找出需要及早治療的嬰兒。"
            ),
        },
        "image": "lab",
        "reviewer": {
            "name": "Dr Tse Wing-sze",
            "credentials": {
                "en": (
                    "MBBS, FHKAM (Obstetrics and Gynaecology), specialist in maternal-fetal "
                    "medicine"
                ),
                "zh_hant": "內外全科醫學士、香港醫學專科學院院士（婦產科）、母胎醫學專科醫生",
            },
        },
        "last_reviewed": "2026-09-03",
        "next_review_due": "2027-09-03",
        "related": [
            "thalassaemia-and-gene-therapy",
            "genetic-counselling",
            "living-with-a-rare-disease",
            "consent-for-genomic-testing",
        ],
        "body": {
            "en": [
                ("heading", "Screening and diagnostic tests are different"),
                (
                    "paragraph",
                    (
                        "<p>A <strong>screening test</strong> is offered to many people who have "
                        "no signs of a condition, to find those who are more likely to have it. A "
                        "<strong>diagnostic test</strong> is used to find out for certain whether "
                        "a person has the condition. Screening tests are designed to catch as many "
                        "cases as possible, so they sometimes give false alarms, and occasionally "
                        "they miss a case.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "A positive screening result is not a diagnosis",
                        "text": (
                            "<p>If screening shows a higher chance of a condition, you will be "
                            "offered tests to find out for sure. Most babies called back after "
                            "newborn screening, for example, turn out to be healthy.</p>"
                        ),
                    },
                ),
                ("heading", "Carrier screening"),
                (
                    "paragraph",
                    (
                        "<p>Many inherited conditions are <strong>recessive</strong>: a person is "
                        "affected only if both copies of a gene have a harmful change. A "
                        "<strong>carrier</strong> has one changed copy and one working copy. "
                        "Carriers are usually healthy and often unaware of it. If both parents "
                        "carry a change in the same gene, then in each pregnancy there is a 1 in 4 "
                        "chance that the child will have the condition, a 1 in 2 chance that the "
                        "child will be a carrier, and a 1 in 4 chance that the child will inherit "
                        "neither change.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "red-blood-cells",
                        "alt": (
                            "Seven red, oval blood cells with paler centres, scattered across the "
                            "picture."
                        ),
                        "caption": (
                            "Thalassaemia affects haemoglobin, the protein in red blood cells that "
                            "carries oxygen."
                        ),
                    },
                ),
                ("subheading", "Thalassaemia carrier screening in Hong Kong"),
                (
                    "paragraph",
                    (
                        "<p>Thalassaemia is an inherited condition that reduces the body's ability "
                        "to make haemoglobin. It is common in southern China and Southeast Asia, "
                        "and many people in Hong Kong are carriers. Screening pregnant women for "
                        "thalassaemia carrier status has been part of antenatal care in Hong Kong "
                        "for decades.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Screening usually starts with a routine blood count. Red blood cells "
                        "that are smaller than usual can be a sign of carrier status and lead to "
                        "further blood tests and, if needed, DNA tests. If a pregnant woman is "
                        "found to be a carrier, her partner is usually offered testing. If both "
                        "partners carry a type of thalassaemia that could cause a severe form in "
                        "the baby, they are offered genetic counselling and the option of testing "
                        "during pregnancy.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Carrier screening can also be done before pregnancy, and some "
                        "services, often private, offer expanded screening for many conditions at "
                        "once. Counselling helps people to understand what such tests can and "
                        "cannot show.</p>"
                    ),
                ),
                ("heading", "Newborn screening"),
                (
                    "paragraph",
                    (
                        "<p>Newborn screening looks for serious conditions that are not obvious at "
                        "birth but where early treatment can prevent harm. In Hong Kong, babies "
                        "have been screened for G6PD deficiency and congenital hypothyroidism "
                        "since 1984, using a sample of blood from the umbilical cord.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Screening for <strong>inborn errors of metabolism</strong>, rare "
                        "inherited conditions in which the body cannot properly process certain "
                        "substances in food, began as a pilot in two public hospitals in 2015. It "
                        "now covers babies born in all public hospitals with maternity units, and "
                        "some private hospitals have joined. For this test, a few drops of blood "
                        "are taken from the baby's heel in the first days of life. Parents are "
                        "asked for consent, and if a result is abnormal the family is contacted "
                        "quickly. Early treatment, such as a special diet or medicines, can "
                        "prevent serious illness in many of these conditions.</p>"
                    ),
                ),
                ("heading", "What screening cannot do"),
                (
                    "paragraph",
                    (
                        "<p>Each screening programme looks for a specific list of conditions. A "
                        "normal result does not rule out all genetic conditions. If your child "
                        "develops symptoms later, tell your doctor, even if newborn screening was "
                        "normal.</p>"
                    ),
                ),
                (
                    "faq",
                    [
                        {
                            "question": "If I am a thalassaemia carrier, am I ill?",
                            "answer": (
                                "<p>Carriers usually have no symptoms, or only mild anaemia, and "
                                "do not need treatment for being a carrier. Because carrier status "
                                "can make red blood cells look similar to those in iron "
                                "deficiency, let your doctor know that you are a carrier before "
                                "taking iron supplements for a long time.</p>"
                            ),
                        },
                        {
                            "question": "My partner and I are both carriers. What happens next?",
                            "answer": (
                                "<p>You will usually be offered genetic counselling about the "
                                "chance of a severe form in each pregnancy and the choices "
                                "available, such as testing during pregnancy or, for a future "
                                "pregnancy, in vitro fertilisation with testing of embryos. These "
                                "are personal decisions, and the team will support you whatever "
                                "you choose.</p>"
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
                                "Screening finds people with a higher chance of a condition; "
                                "diagnostic tests confirm whether they have it."
                            ),
                            (
                                "Carriers of recessive conditions are usually healthy, but when "
                                "both parents are carriers each pregnancy has a 1 in 4 chance of a "
                                "child with the condition."
                            ),
                            (
                                "In Hong Kong, thalassaemia carrier screening is a long-standing "
                                "part of antenatal care, and newborn screening covers G6PD "
                                "deficiency, congenital hypothyroidism and inborn errors of "
                                "metabolism."
                            ),
                            (
                                "A normal screening result does not rule out every condition, so "
                                "mention any later symptoms to your doctor."
                            ),
                        ],
                    },
                ),
                (
                    "references",
                    [
                        {
                            "citation": (
                                "Wilson JMG, Jungner G. Principles and practice of screening for "
                                "disease. Public Health Papers No. 34. Geneva: World Health "
                                "Organization; 1968."
                            ),
                            "doi": None,
                            "url": None,
                        },
                        {
                            "citation": (
                                "MedlinePlus. Newborn screening. US National Library of Medicine."
                            ),
                            "doi": None,
                            "url": "https://medlineplus.gov/newbornscreening.html",
                        },
                        {
                            "citation": (
                                "Lau YL, Chan LC, Chan YY, et al. Prevalence and genotypes of "
                                "alpha- and beta-thalassemia carriers in Hong Kong: implications "
                                "for population screening. N Engl J Med. 1997;336(18):1298–1301."
                            ),
                            "doi": None,
                            "url": "https://pubmed.ncbi.nlm.nih.gov/9113933/",
                        },
                        {
                            "citation": (
                                "Belaramani KM, Chan TCH, Hau EWL, et al. Expanded newborn "
                                "screening for inborn errors of metabolism in Hong Kong: results "
                                "and outcome of a 7 year journey. Int J Neonatal Screen. "
                                "2024;10(1):23."
                            ),
                            "doi": None,
                            "url": "https://www.mdpi.com/2409-515X/10/1/23",
                        },
                    ],
                ),
            ],
            "zh_hant": [
                ("heading", "篩查與診斷測試並不相同"),
                (
                    "paragraph",
                    (
                        "<p><strong>篩查測試</strong>是提供給許多沒有病徵的人，"
                        "用以找出較有可能患某種疾病的人。<strong>診斷測試</strong>"
                        "則用來確定一個人是否真的患上該疾病。篩查測試的設計是盡量找出所有個案，"
                        "因此有時會出現「假警報」，偶爾亦會遺漏個案。</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "篩查結果呈陽性並不等於確診",
                        "text": (
                            "<p>如果篩查顯示患某種疾病的機會較高，你會獲安排檢查以確定情況。例如，"
                            "在新生嬰兒篩查後被召回覆檢的嬰兒，大多數其實都是健康的。</p>"
                        ),
                    },
                ),
                ("heading", "帶因者篩查"),
                (
                    "paragraph",
                    (
                        "<p>許多遺傳病屬<strong>隱性遺傳</strong>："
                        "只有當一個基因的兩個副本都帶有有害變化時，人才會患病。"
                        "<strong>帶因者</strong>有一個發生變化的副本和一個正常運作的副本。"
                        "帶因者通常身體健康，亦往往不知道自己是帶因者。"
                        "如果父母雙方在同一個基因上都帶有變化，每次懷孕時，"
                        "孩子有四分之一機會患上該疾病，二分之一機會成為帶因者，"
                        "四分之一機會兩個變化都沒有遺傳到。</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "red-blood-cells",
                        "alt": "七個紅色的橢圓形血球，中央顏色較淺，散佈在畫面上。",
                        "caption": "地中海貧血影響血紅素，即紅血球中負責運載氧氣的蛋白質。",
                    },
                ),
                ("subheading", "香港的地中海貧血帶因者篩查"),
                (
                    "paragraph",
                    (
                        "<p>地中海貧血是一種遺傳病，會減低身體製造血紅素的能力。"
                        "這種疾病在華南和東南亞地區很常見，香港亦有不少人是帶因者。"
                        "為孕婦進行地中海貧血帶因者篩查，在香港成為產前護理的一部分已有數十年。</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>篩查通常由常規的血球計數開始。紅血球比正常細小，可能是帶因的跡象，"
                        "需要進一步驗血，有需要時亦會進行DNA檢測。如果孕婦被發現是帶因者，"
                        "她的伴侶通常亦會獲安排檢測。如果雙方都帶有可能令嬰兒患上嚴重地中海貧血的類"
                        "型，他們會獲安排接受遺傳輔導，並可選擇在懷孕期間進行檢測。</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>帶因者篩查亦可以在懷孕前進行，而一些服務（通常是私營服務）"
                        "提供擴展篩查，一次過檢查多種疾病。接受輔導有助了解這類檢測能夠和不能夠顯示"
                        "甚麼。</p>"
                    ),
                ),
                ("heading", "新生嬰兒篩查"),
                (
                    "paragraph",
                    (
                        "<p>新生嬰兒篩查旨在找出出生時不明顯、但及早治療可以防止傷害的嚴重疾病。"
                        "自1984年起，香港的新生嬰兒已接受葡萄糖-6-磷酸脫氫酶（G6PD）"
                        "缺乏症（俗稱「蠶豆症」）和先天性甲狀腺功能不足的篩查，所用的是臍帶血樣本。"
                        "</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>先天性代謝病</strong>是一類罕見的遺傳病，"
                        "患者的身體無法正常處理食物中的某些物質。這類疾病的篩查於2015年在兩間公立醫"
                        "院以先導計劃形式開始，現已涵蓋在所有設有產科服務的公立醫院出生的嬰兒，"
                        "亦有部分私家醫院加入。進行這項檢測時，會在嬰兒出生後最初幾天從腳跟採集幾滴"
                        "血。檢測前會徵求家長同意；如果結果異常，醫護人員會盡快聯絡家人。"
                        "對於當中許多疾病，及早治療（例如特別的飲食或藥物）可以預防嚴重疾病。</p>"
                    ),
                ),
                ("heading", "篩查做不到的事"),
                (
                    "paragraph",
                    (
                        "<p>每個篩查計劃只會檢查一份指定名單上的疾病。"
                        "結果正常並不代表排除了所有遺傳病。如果你的孩子日後出現病徵，"
                        "即使新生嬰兒篩查結果正常，亦應告訴醫生。</p>"
                    ),
                ),
                (
                    "faq",
                    [
                        {
                            "question": "如果我是地中海貧血帶因者，是否代表我有病？",
                            "answer": (
                                "<p>帶因者通常沒有病徵，或只有輕微貧血，"
                                "亦不需要因為是帶因者而接受治療。由於帶因者的紅血球外觀可能與缺鐵相"
                                "似，在長期服用鐵質補充劑之前，請告訴醫生你是帶因者。</p>"
                            ),
                        },
                        {
                            "question": "我和伴侶都是帶因者，接下來會怎樣？",
                            "answer": (
                                "<p>你們通常會獲安排接受遺傳輔導，以了解每次懷孕時胎兒患上嚴重類型"
                                "的機會，以及可以作出的選擇，例如在懷孕期間進行檢測，"
                                "或在日後懷孕時透過體外受孕並為胚胎進行檢測。這些都是個人的決定，"
                                "無論你們選擇甚麼，醫療團隊都會提供支援。</p>"
                            ),
                        },
                    ],
                ),
                (
                    "key_points",
                    {
                        "title": "重點",
                        "points": [
                            "篩查找出患某種疾病機會較高的人；診斷測試則確定他們是否真的患病。",
                            (
                                "隱性遺傳病的帶因者通常身體健康，但如果父母雙方都是帶因者，"
                                "每次懷孕時孩子有四分之一機會患病。"
                            ),
                            (
                                "在香港，地中海貧血帶因者篩查一直是產前護理的一部分，"
                                "而新生嬰兒篩查涵蓋G6PD缺乏症、先天性甲狀腺功能不足和先天性代謝病。"
                            ),
                            "篩查結果正常並不能排除所有疾病；如日後出現病徵，請告訴醫生。",
                        ],
                    },
                ),
                (
                    "references",
                    [
                        {
                            "citation": (
                                "Wilson JMG, Jungner G. Principles and practice of screening for "
                                "disease. Public Health Papers No. 34. Geneva: World Health "
                                "Organization; 1968."
                            ),
                            "doi": None,
                            "url": None,
                        },
                        {
                            "citation": (
                                "MedlinePlus. Newborn screening. US National Library of Medicine."
                            ),
                            "doi": None,
                            "url": "https://medlineplus.gov/newbornscreening.html",
                        },
                        {
                            "citation": (
                                "Lau YL, Chan LC, Chan YY, et al. Prevalence and genotypes of "
                                "alpha- and beta-thalassemia carriers in Hong Kong: implications "
                                "for population screening. N Engl J Med. 1997;336(18):1298–1301."
                            ),
                            "doi": None,
                            "url": "https://pubmed.ncbi.nlm.nih.gov/9113933/",
                        },
                        {
                            "citation": (
                                "Belaramani KM, Chan TCH, Hau EWL, et al. Expanded newborn "
                                "screening for inborn errors of metabolism in Hong Kong: results "
                                "and outcome of a 7 year journey. Int J Neonatal Screen. "
                                "2024;10(1):23."
                            ),
                            "doi": None,
                            "url": "https://www.mdpi.com/2409-515X/10/1/23",
                        },
                    ],
                ),
            ],
        },
    },
]
