"""Demo glossary: terms linked from article bodies, in the shape described in
`content.demo_content` (slug, term, short, full, synonyms, related). Written fresh for this
project in plain language; Traditional Chinese follows Hong Kong usage. "Mutation" is kept as a
synonym of "variant", whose definition explains the preferred word.
"""

GLOSSARY = [
    {
        "slug": "dna",
        "term": {
            "en": "DNA",
            "zh_hant": "脫氧核糖核酸",
        },
        "short": {
            "en": (
                "The chemical that carries genetic instructions in almost every cell, written in a "
                "code of four bases: A, C, G and T."
            ),
            "zh_hant": "在幾乎每個細胞內攜帶遺傳指令的化學物質，以A、C、G、T四種鹼基寫成。",
        },
        "full": {
            "en": (
                "<p>DNA is a long molecule made of two strands wound around each other in a double "
                "helix. Each strand is a chain of four chemical bases: adenine (A), cytosine (C), "
                "guanine (G) and thymine (T). The order of these bases carries the instructions "
                "the body uses to grow and work.</p>"
                "<p>Almost every cell holds a copy of a person's DNA, packed into chromosomes. A "
                "small amount of DNA is also found in the mitochondria, the cell's energy "
                "producers.</p>"
            ),
            "zh_hant": (
                "<p>DNA是一種長鏈分子，由兩條互相纏繞的鏈組成雙螺旋。每條鏈由四種化學鹼基串連而成，"
                "分別是腺嘌呤（A）、胞嘧啶（C）、鳥嘌呤（G）和胸腺嘧啶（T）。這些鹼基的排列次序，"
                "就是身體生長和運作所依據的指令。</p>"
                "<p>幾乎每個細胞都有一套DNA，包裝成染色體。細胞的「能量工廠」線粒體內亦有少量DNA。"
                "</p>"
            ),
        },
        "synonyms": {
            "en": ["deoxyribonucleic acid"],
            "zh_hant": ["DNA"],
        },
        "related": ["gene", "chromosome", "base-pair", "genome"],
    },
    {
        "slug": "gene",
        "term": {
            "en": "gene",
            "zh_hant": "基因",
        },
        "short": {
            "en": (
                "A section of DNA that carries the instructions for making a protein or another "
                "molecule the body needs."
            ),
            "zh_hant": "DNA的一段，載有製造某種蛋白質或身體所需其他分子的指令。",
        },
        "full": {
            "en": (
                "<p>Genes are the basic units of inheritance. People have about 20,000 genes that "
                "code for proteins, and most genes come in two copies, one inherited from each "
                "parent.</p>"
                "<p>Small differences in genes help explain why people differ from one another, "
                "and some changes in a gene can cause disease.</p>"
            ),
            "zh_hant": (
                "<p>基因是遺傳的基本單位。人類約有二萬個負責製造蛋白質的基因，大部分基因都有兩份，"
                "分別遺傳自父母。</p>"
                "<p>基因上的細微差異有助解釋人與人之間的分別，而某些基因改變則可以引致疾病。</p>"
            ),
        },
        "synonyms": {
            "en": [],
            "zh_hant": [],
        },
        "related": ["dna", "allele", "genome", "variant"],
    },
    {
        "slug": "genome",
        "term": {
            "en": "genome",
            "zh_hant": "基因組",
        },
        "short": {
            "en": (
                "The complete set of DNA in a cell, including all of a person's genes and the DNA "
                "between them."
            ),
            "zh_hant": "細胞內的整套DNA，包括一個人的所有基因，以及基因之間的DNA。",
        },
        "full": {
            "en": (
                "<p>The human genome has about 3 billion base pairs of DNA in each set of "
                "chromosomes. Most cells hold two sets, one from each parent, as well as a small "
                "separate genome in the mitochondria. Only about 1–2% of the genome codes for "
                "proteins.</p>"
                "<p>Apart from identical twins, everyone's genome is unique, although any two "
                "people share the great majority of their DNA sequence.</p>"
            ),
            "zh_hant": (
                "<p>人類基因組每套染色體約有30億個鹼基對。大部分細胞都有兩套，分別來自父母，"
                "另外線粒體內還有一個獨立的細小基因組。基因組中只有約1至2%負責編碼蛋白質。</p>"
                "<p>除同卵雙胞胎外，每個人的基因組都獨一無二，不過任何兩個人的DNA序列絕大部分都是相"
                "同的。</p>"
            ),
        },
        "synonyms": {
            "en": [],
            "zh_hant": [],
        },
        "related": ["dna", "exome", "whole-genome-sequencing", "chromosome"],
    },
    {
        "slug": "chromosome",
        "term": {
            "en": "chromosome",
            "zh_hant": "染色體",
        },
        "short": {
            "en": (
                "A thread-like bundle of tightly packed DNA and protein; most human cells have 46 "
                "chromosomes, in 23 pairs."
            ),
            "zh_hant": (
                "由緊密包裝的DNA和蛋白質組成的線狀結構；人體大部分細胞有46條染色體，組成23對。"
            ),
        },
        "full": {
            "en": (
                "<p>One chromosome of each pair comes from the mother and one from the father. "
                "Pairs 1 to 22 are called autosomes and are the same in males and females. The "
                "23rd pair are the sex chromosomes: usually XX in females and XY in males.</p>"
                "<p>Changes in the number or structure of chromosomes, such as the extra copy of "
                "chromosome 21 in Down syndrome, can affect health and development.</p>"
            ),
            "zh_hant": (
                "<p>每對染色體中，一條來自母親，一條來自父親。第1至22對稱為常染色體，男女相同；"
                "第23對是性染色體，女性通常是XX，男性通常是XY。</p>"
                "<p>染色體數目或結構上的改變，例如唐氏綜合症患者多了一條第21號染色體，"
                "可以影響健康和發育。</p>"
            ),
        },
        "synonyms": {
            "en": [],
            "zh_hant": [],
        },
        "related": ["dna", "genome", "x-linked", "autosomal-dominant"],
    },
    {
        "slug": "base-pair",
        "term": {
            "en": "base pair",
            "zh_hant": "鹼基對",
        },
        "short": {
            "en": (
                "Two DNA bases joined across the double helix, A with T and C with G; the length "
                "of DNA is measured in base pairs."
            ),
            "zh_hant": "DNA雙螺旋上互相配對的兩個鹼基（A配T、C配G）；DNA的長度以鹼基對計算。",
        },
        "full": {
            "en": (
                "<p>The two strands of DNA are held together by bases that pair in a fixed way: "
                "adenine (A) with thymine (T), and cytosine (C) with guanine (G). Because of this, "
                "either strand can serve as a template for copying the other.</p>"
                "<p>Base pairs are the unit used to measure DNA: a gene may span thousands of base "
                "pairs, and the human genome has about 3 billion in each set of chromosomes.</p>"
            ),
            "zh_hant": (
                "<p>DNA的兩條鏈靠鹼基以固定方式配對而連在一起：腺嘌呤（A）配胸腺嘧啶（T），"
                "胞嘧啶（C）配鳥嘌呤（G）。因此，任何一條鏈都可以作為模板，用來複製另一條。</p>"
                "<p>鹼基對是量度DNA長度的單位：一個基因可以長達數千個鹼基對，"
                "而人類基因組每套染色體約有30億個。</p>"
            ),
        },
        "synonyms": {
            "en": [],
            "zh_hant": [],
        },
        "related": ["dna", "genome", "variant"],
    },
    {
        "slug": "exome",
        "term": {
            "en": "exome",
            "zh_hant": "外顯子組",
        },
        "short": {
            "en": (
                "All the parts of the genome that code for proteins (the exons of all genes), "
                "making up about 1–2% of the total DNA."
            ),
            "zh_hant": (
                "基因組中所有負責編碼蛋白質的部分（即所有基因的外顯子），約佔DNA總量的1至2%。"
            ),
        },
        "full": {
            "en": (
                "<p>Genes contain sections called exons, which carry the code for proteins, "
                "separated by sections called introns. The exome is the collection of all the "
                "exons in the genome.</p>"
                "<p>Although it is small, the exome contains a large share of the variants known "
                "to cause genetic conditions. This is why exome sequencing is used to look for the "
                "cause of some rare diseases.</p>"
            ),
            "zh_hant": (
                "<p>基因內有稱為外顯子的片段，載有蛋白質的編碼，中間由稱為內含子的片段分隔。"
                "外顯子組就是基因組內所有外顯子的總和。</p>"
                "<p>外顯子組雖然細小，卻包含了已知會引致遺傳病的變異中的一大部分，"
                "因此外顯子組測序被用來尋找某些罕見病的成因。</p>"
            ),
        },
        "synonyms": {
            "en": [],
            "zh_hant": [],
        },
        "related": ["genome", "whole-exome-sequencing", "gene"],
    },
    {
        "slug": "variant",
        "term": {
            "en": "variant",
            "zh_hant": "變異",
        },
        "short": {
            "en": (
                "A difference in the DNA sequence compared with a reference sequence; most "
                "variants are harmless."
            ),
            "zh_hant": "與參考序列相比，DNA序列上出現的差異；大部分變異都是無害的。",
        },
        "full": {
            "en": (
                "<p>Everyone carries millions of genetic variants. Most have no effect on health, "
                "some explain ordinary differences such as height or how we respond to certain "
                "medicines, and a small number cause or contribute to disease.</p>"
                "<p>Laboratories classify a variant by its likely effect, for example pathogenic "
                "(disease-causing), benign, or of uncertain significance.</p>"
                "<p>Many people say “mutation”. Specialists now prefer “variant”, because "
                "“mutation” can sound as if a change must be harmful, which is often not true.</p>"
            ),
            "zh_hant": (
                "<p>每個人都帶有數以百萬計的基因變異。大部分對健康沒有影響；"
                "有些解釋了身高或對某些藥物的反應等一般差異；只有少數會引致疾病或增加患病風險。</p>"
                "<p>化驗所會按變異可能造成的影響為其分類，例如致病（會引致疾病）、良性或意義不明。"
                "</p>"
                "<p>不少人會說「突變」。專家現在較多用「變異」，因為「突變」聽起來好像一定有害，"
                "但事實往往並非如此。</p>"
            ),
        },
        "synonyms": {
            "en": ["mutation", "genetic variant"],
            "zh_hant": ["基因變異", "突變", "基因突變"],
        },
        "related": [
            "pathogenic-variant",
            "variant-of-uncertain-significance",
            "benign-variant",
            "de-novo-variant",
        ],
    },
    {
        "slug": "allele",
        "term": {
            "en": "allele",
            "zh_hant": "等位基因",
        },
        "short": {
            "en": (
                "One of the different versions of a gene or DNA position; people usually have two "
                "alleles of each gene, one from each parent."
            ),
            "zh_hant": (
                "某個基因或DNA位置的不同版本之一；人通常每個基因有兩個等位基因，分別來自父母。"
            ),
        },
        "full": {
            "en": (
                "<p>When a gene exists in more than one form in a population, each form is called "
                "an allele. For example, one allele may work normally while another carries a "
                "variant that stops the gene from working.</p>"
                "<p>The pair of alleles a person has for a particular gene makes up their genotype "
                "for that gene.</p>"
            ),
            "zh_hant": (
                "<p>如果一個基因在人群中有多於一種形式，每種形式都稱為一個等位基因。例如，"
                "一個等位基因可以正常運作，另一個則帶有令該基因無法運作的變異。</p>"
                "<p>一個人在某個基因上擁有的一對等位基因，構成他在該基因的基因型。</p>"
            ),
        },
        "synonyms": {
            "en": [],
            "zh_hant": [],
        },
        "related": ["gene", "genotype", "heterozygous", "homozygous"],
    },
    {
        "slug": "genotype",
        "term": {
            "en": "genotype",
            "zh_hant": "基因型",
        },
        "short": {
            "en": (
                "The genetic make-up of a person at a particular gene or position, described by "
                "the two alleles they carry."
            ),
            "zh_hant": "一個人在某個基因或位置上的遺傳組成，以他所帶的兩個等位基因來描述。",
        },
        "full": {
            "en": (
                "<p>Genotype can refer to a single position in the DNA, to one gene, or more "
                "broadly to a person's whole genetic make-up. For example, a person's genotype for "
                "a gene may be two working alleles, or one working and one non-working allele.</p>"
                "<p>Genotype is different from phenotype, which describes the traits and features "
                "that can be seen or measured.</p>"
            ),
            "zh_hant": (
                "<p>基因型可以指DNA上的單一位置、一個基因，或更廣泛地指一個人的整體遺傳組成。例如，"
                "一個人在某個基因的基因型，可以是兩個正常運作的等位基因，或一個正常、"
                "一個不能運作的等位基因。</p>"
                "<p>基因型與表現型不同，表現型是指可以觀察或量度的性狀和特徵。</p>"
            ),
        },
        "synonyms": {
            "en": [],
            "zh_hant": [],
        },
        "related": ["allele", "phenotype", "heterozygous", "homozygous"],
    },
    {
        "slug": "phenotype",
        "term": {
            "en": "phenotype",
            "zh_hant": "表現型",
        },
        "short": {
            "en": (
                "The traits that can be observed or measured in a person, such as height, blood "
                "test results or the signs of a condition."
            ),
            "zh_hant": "一個人可被觀察或量度的特徵，例如身高、驗血結果或某種疾病的病徵。",
        },
        "full": {
            "en": (
                "<p>A person's phenotype results from their genes together with their environment, "
                "lifestyle and chance. In medical genetics, the phenotype usually means the "
                "features and symptoms of a condition.</p>"
                "<p>Describing the phenotype carefully helps laboratories interpret genetic test "
                "results, because it points to the genes most likely to be involved.</p>"
            ),
            "zh_hant": (
                "<p>一個人的表現型由基因，連同環境、生活方式和機緣共同塑造。在醫學遺傳學中，"
                "表現型通常指某種疾病的特徵和病徵。</p>"
                "<p>仔細描述表現型有助化驗所解讀基因檢測結果，因為這能指出哪些基因最可能有關。</p>"
            ),
        },
        "synonyms": {
            "en": [],
            "zh_hant": ["表型"],
        },
        "related": ["genotype", "penetrance", "genetic-test"],
    },
    {
        "slug": "heterozygous",
        "term": {
            "en": "heterozygous",
            "zh_hant": "雜合",
        },
        "short": {
            "en": (
                "Having two different alleles of a gene, for example one typical copy and one copy "
                "with a variant."
            ),
            "zh_hant": "一個基因的兩個等位基因不相同，例如一份是常見版本，另一份帶有變異。",
        },
        "full": {
            "en": (
                "<p>A person who is heterozygous for a variant carries it on only one of their two "
                "copies of the gene. For a recessive condition, heterozygous people are usually "
                "healthy carriers; for a dominant condition, one altered copy can be enough to "
                "cause the condition.</p>"
            ),
            "zh_hant": (
                "<p>某變異呈雜合的人，只在該基因兩份中的其中一份帶有該變異。就隱性遺傳病而言，"
                "雜合的人通常是健康的帶因者；至於顯性遺傳病，一份有改變的基因已足以引致疾病。</p>"
            ),
        },
        "synonyms": {
            "en": ["heterozygote"],
            "zh_hant": ["雜合子"],
        },
        "related": ["homozygous", "allele", "carrier", "autosomal-dominant"],
    },
    {
        "slug": "homozygous",
        "term": {
            "en": "homozygous",
            "zh_hant": "純合",
        },
        "short": {
            "en": (
                "Having two identical alleles of a gene, for example the same variant on both "
                "copies."
            ),
            "zh_hant": "一個基因的兩個等位基因相同，例如兩份都帶有同一個變異。",
        },
        "full": {
            "en": (
                "<p>A person who is homozygous for a variant has inherited it from both parents. "
                "Many recessive conditions occur when a person is homozygous for a disease-causing "
                "variant, or has two different disease-causing variants in the same gene "
                "(described as compound heterozygous).</p>"
            ),
            "zh_hant": (
                "<p>某變異呈純合的人，是從父母雙方都遺傳了該變異。許多隱性遺傳病的成因，"
                "是患者在某致病變異上呈純合，或在同一基因上帶有兩個不同的致病變異（稱為複合雜合）。"
                "</p>"
            ),
        },
        "synonyms": {
            "en": ["homozygote"],
            "zh_hant": ["純合子"],
        },
        "related": ["heterozygous", "allele", "autosomal-recessive"],
    },
    {
        "slug": "autosomal-dominant",
        "term": {
            "en": "autosomal dominant",
            "zh_hant": "常染色體顯性遺傳",
        },
        "short": {
            "en": (
                "A pattern of inheritance in which one altered copy of a gene on a non-sex "
                "chromosome is enough to cause a condition."
            ),
            "zh_hant": (
                "一種遺傳模式：位於常染色體（非性染色體）上的基因，只要有一份出現改變，"
                "便足以引致疾病。"
            ),
        },
        "full": {
            "en": (
                "<p>A parent with an autosomal dominant variant has a 1 in 2 (50%) chance of "
                "passing it on in each pregnancy, whether the child is a boy or a girl. Examples "
                "include familial hypercholesterolaemia and the hereditary breast and ovarian "
                "cancer linked to BRCA1 and BRCA2.</p>"
                "<p>Not everyone who inherits the variant develops the condition, and its severity "
                "can vary even within one family (see penetrance).</p>"
            ),
            "zh_hant": (
                "<p>帶有常染色體顯性變異的父或母，每次懷孕都有二分之一（50%）機會把變異遺傳給孩子，"
                "不論孩子是男是女。例子包括家族性高膽固醇血症，以及與BRCA1和BRCA2相關的遺傳性乳癌及"
                "卵巢癌。</p>"
                "<p>並非每個遺傳了該變異的人都會發病，即使在同一家族內，"
                "病情輕重也可以不同（見「外顯率」）。</p>"
            ),
        },
        "synonyms": {
            "en": ["autosomal dominant inheritance"],
            "zh_hant": ["常染色體顯性"],
        },
        "related": ["autosomal-recessive", "x-linked", "penetrance", "heterozygous"],
    },
    {
        "slug": "autosomal-recessive",
        "term": {
            "en": "autosomal recessive",
            "zh_hant": "常染色體隱性遺傳",
        },
        "short": {
            "en": (
                "A pattern of inheritance in which a condition appears only when both copies of a "
                "gene carry a disease-causing variant."
            ),
            "zh_hant": "一種遺傳模式：只有當一個基因的兩份都帶有致病變異時，才會出現疾病。",
        },
        "full": {
            "en": (
                "<p>People with one altered copy are carriers and are usually healthy. When both "
                "parents carry a variant for the same condition, each pregnancy has a 1 in 4 (25%) "
                "chance of a child with the condition, a 1 in 2 chance of a child who is a "
                "carrier, and a 1 in 4 chance of a child who inherits neither altered copy.</p>"
                "<p>Beta thalassaemia and spinal muscular atrophy are examples of autosomal "
                "recessive conditions.</p>"
            ),
            "zh_hant": (
                "<p>只有一份改變了的基因的人是帶因者，通常身體健康。"
                "如果父母雙方都是同一種疾病的帶因者，每次懷孕都有四分之一（25%）"
                "機會生下患病的孩子、二分之一機會生下帶因的孩子，以及四分之一機會生下沒有遺傳任何一"
                "份改變了的基因的孩子。</p>"
                "<p>乙型地中海貧血和脊髓肌肉萎縮症都是常染色體隱性遺傳病的例子。</p>"
            ),
        },
        "synonyms": {
            "en": ["autosomal recessive inheritance"],
            "zh_hant": ["常染色體隱性"],
        },
        "related": ["carrier", "autosomal-dominant", "carrier-screening", "homozygous"],
    },
    {
        "slug": "x-linked",
        "term": {
            "en": "X-linked",
            "zh_hant": "X連鎖遺傳",
        },
        "short": {
            "en": (
                "Inheritance of a condition caused by a variant in a gene on the X chromosome; "
                "such conditions usually affect males more often or more severely."
            ),
            "zh_hant": (
                "由X染色體上基因的變異所引致的遺傳模式；這類疾病通常較常見於男性，"
                "或對男性的影響較嚴重。"
            ),
        },
        "full": {
            "en": (
                "<p>Males have one X chromosome and females have two. A male with a "
                "disease-causing variant on his X chromosome has no second copy to make up for it, "
                "so X-linked recessive conditions such as haemophilia and G6PD deficiency mainly "
                "affect males.</p>"
                "<p>A woman who carries an X-linked recessive variant has a 1 in 2 chance of "
                "passing it on in each pregnancy. Sons who inherit it are usually affected, and "
                "daughters who inherit it are usually carriers, though some carrier women have "
                "symptoms.</p>"
            ),
            "zh_hant": (
                "<p>男性有一條X染色體，女性則有兩條。男性的X染色體上若帶有致病變異，"
                "便沒有第二份可以彌補，因此血友病和G6PD缺乏症等X連鎖隱性遺傳病主要影響男性。</p>"
                "<p>帶有X連鎖隱性變異的女性，每次懷孕都有二分之一機會把變異遺傳給孩子。"
                "遺傳了變異的兒子通常會患病，遺傳了變異的女兒通常是帶因者，"
                "但部分女性帶因者也會出現病徵。</p>"
            ),
        },
        "synonyms": {
            "en": ["X-linked inheritance"],
            "zh_hant": ["X連鎖"],
        },
        "related": ["chromosome", "carrier", "autosomal-recessive"],
    },
    {
        "slug": "de-novo-variant",
        "term": {
            "en": "de novo variant",
            "zh_hant": "新發變異",
        },
        "short": {
            "en": (
                "A genetic variant found for the first time in a person, not inherited from either "
                "parent."
            ),
            "zh_hant": "首次在一個人身上出現、並非遺傳自父母任何一方的基因變異。",
        },
        "full": {
            "en": (
                "<p>De novo variants usually arise by chance in an egg or sperm cell, or very "
                "early in the development of an embryo. They explain many cases of severe "
                "developmental conditions in children whose parents are unaffected.</p>"
                "<p>The chance of the same variant occurring in another pregnancy is usually low, "
                "but not zero, because a parent may carry it in some of their egg or sperm cells "
                "(see mosaicism).</p>"
            ),
            "zh_hant": (
                "<p>新發變異通常是在卵子或精子中，或在胚胎發育的極早期偶然出現的。不少父母健康、"
                "孩子卻患有嚴重發育疾病的個案，都是由新發變異引致。</p>"
                "<p>同一變異在再次懷孕時出現的機會通常很低，但並非零，"
                "因為父或母的部分卵子或精子可能帶有該變異（見「嵌合現象」）。</p>"
            ),
        },
        "synonyms": {
            "en": ["de novo mutation"],
            "zh_hant": ["新發突變"],
        },
        "related": ["variant", "mosaicism", "autosomal-dominant"],
    },
    {
        "slug": "mosaicism",
        "term": {
            "en": "mosaicism",
            "zh_hant": "嵌合現象",
        },
        "short": {
            "en": (
                "Having two or more groups of cells with a different genetic make-up in the same "
                "person."
            ),
            "zh_hant": "同一個人身上有兩組或以上遺傳組成不同的細胞。",
        },
        "full": {
            "en": (
                "<p>Mosaicism happens when a genetic change arises after conception, so only the "
                "cells that descend from the changed cell carry it. Its effects depend on when the "
                "change happened and which tissues are involved.</p>"
                "<p>When the change is present in egg or sperm cells (germline mosaicism), a "
                "parent who seems unaffected can pass it on to more than one child.</p>"
            ),
            "zh_hant": (
                "<p>嵌合現象是指在受孕後才出現基因改變，因此只有由該改變了的細胞分裂而來的細胞才帶"
                "有這改變。其影響取決於改變在何時發生，以及涉及哪些組織。</p>"
                "<p>如果改變存在於卵子或精子（稱為生殖細胞嵌合），看似沒有患病的父或母，"
                "也可能把變異遺傳給多於一個孩子。</p>"
            ),
        },
        "synonyms": {
            "en": [],
            "zh_hant": [],
        },
        "related": ["de-novo-variant", "variant", "genotype"],
    },
    {
        "slug": "carrier",
        "term": {
            "en": "carrier",
            "zh_hant": "帶因者",
        },
        "short": {
            "en": (
                "A person who has one copy of a disease-causing variant for a recessive condition "
                "and usually has no symptoms."
            ),
            "zh_hant": "帶有一份隱性遺傳病致病變異的人，通常沒有病徵。",
        },
        "full": {
            "en": (
                "<p>Carriers can pass the variant on to their children. If both parents carry a "
                "variant for the same autosomal recessive condition, such as beta thalassaemia, "
                "each child has a 1 in 4 chance of being affected.</p>"
                "<p>The word is also used for women who carry a variant for an X-linked condition, "
                "and sometimes, more loosely, for anyone who has a disease-causing variant but no "
                "signs of the condition.</p>"
            ),
            "zh_hant": (
                "<p>帶因者可以把變異遺傳給子女。如果父母雙方都帶有同一種常染色體隱性遺傳病（例如乙"
                "型地中海貧血）的變異，每名孩子都有四分之一機會患病。</p>"
                "<p>這個詞也用於帶有X連鎖疾病變異的女性，有時亦較廣泛地指任何帶有致病變異但沒有病徵"
                "的人。</p>"
            ),
        },
        "synonyms": {
            "en": [],
            "zh_hant": ["攜帶者"],
        },
        "related": ["autosomal-recessive", "carrier-screening", "heterozygous", "thalassaemia"],
    },
    {
        "slug": "pathogenic-variant",
        "term": {
            "en": "pathogenic variant",
            "zh_hant": "致病變異",
        },
        "short": {
            "en": (
                "A genetic variant with strong evidence that it causes, or greatly raises the risk "
                "of, a particular condition."
            ),
            "zh_hant": "有充分證據顯示會引致某種疾病，或大幅增加患病風險的基因變異。",
        },
        "full": {
            "en": (
                "<p>Laboratories sort variants into five classes using international guidelines: "
                "pathogenic, likely pathogenic, uncertain significance, likely benign and benign. "
                "“Likely pathogenic” means the evidence is strong but not conclusive; in practice "
                "it is often managed in a similar way to a pathogenic result.</p>"
                "<p>Having a pathogenic variant does not always mean a person will develop the "
                "condition: that also depends on penetrance and other factors.</p>"
            ),
            "zh_hant": (
                "<p>化驗所按國際指引把變異分為五類：致病、可能致病、意義不明、可能良性及良性。"
                "「可能致病」表示證據充分但未算確定；實際上，醫生處理這類結果的方式往往與致病結果相"
                "近。</p>"
                "<p>帶有致病變異不一定代表一個人會患病，這亦取決於外顯率及其他因素。</p>"
            ),
        },
        "synonyms": {
            "en": ["disease-causing variant", "pathogenic mutation"],
            "zh_hant": ["致病性變異", "致病突變"],
        },
        "related": ["variant", "variant-of-uncertain-significance", "benign-variant", "penetrance"],
    },
    {
        "slug": "variant-of-uncertain-significance",
        "term": {
            "en": "variant of uncertain significance",
            "zh_hant": "意義不明變異",
        },
        "short": {
            "en": (
                "A variant without enough evidence yet to say whether it causes disease; on its "
                "own, it should not be used to guide care."
            ),
            "zh_hant": "現有證據不足以判斷會否致病的變異；單憑這類結果，不應作為醫療決定的依據。",
        },
        "full": {
            "en": (
                "<p>A variant of uncertain significance (VUS) is a common result, especially when "
                "many genes are tested at once. It is neither a positive nor a negative result.</p>"
                "<p>As more people are tested and research grows, a VUS may be reclassified, most "
                "often as benign. Doctors usually base decisions on personal and family history "
                "rather than on a VUS, and may suggest checking later whether the classification "
                "has changed.</p>"
            ),
            "zh_hant": (
                "<p>意義不明變異（VUS）是常見的檢測結果，尤其是在同時檢測大量基因時。"
                "它既不是陽性結果，也不是陰性結果。</p>"
                "<p>隨着接受檢測的人增多和研究進展，意義不明變異可能會被重新分類，"
                "而最常見是改為良性。醫生通常會根據個人及家族病史作決定，而不是依據意義不明變異，"
                "並可能建議日後再查詢分類有否更新。</p>"
            ),
        },
        "synonyms": {
            "en": ["VUS", "variant of unknown significance"],
            "zh_hant": ["意義未明變異", "意義未明的變異", "VUS"],
        },
        "related": ["pathogenic-variant", "benign-variant", "variant", "genetic-counselling"],
    },
    {
        "slug": "benign-variant",
        "term": {
            "en": "benign variant",
            "zh_hant": "良性變異",
        },
        "short": {
            "en": (
                "A variant with good evidence that it does not cause disease; most differences "
                "between people's DNA are benign."
            ),
            "zh_hant": "有充分證據顯示不會引致疾病的變異；人與人之間大部分的DNA差異都屬良性。",
        },
        "full": {
            "en": (
                "<p>Benign and likely benign variants are usually left out of a test report, or "
                "listed separately, because they do not explain a condition or change medical "
                "care.</p>"
                "<p>Classifications can change as knowledge grows, but a variant classed as benign "
                "is very unlikely to be found harmful later.</p>"
            ),
            "zh_hant": (
                "<p>良性及可能良性變異通常不會列入檢測報告，或會另行列出，因為它們既不能解釋病情，"
                "也不會改變醫療安排。</p>"
                "<p>分類可能隨知識增長而改變，但被列為良性的變異，日後被發現有害的機會很低。</p>"
            ),
        },
        "synonyms": {
            "en": [],
            "zh_hant": [],
        },
        "related": ["variant", "pathogenic-variant", "variant-of-uncertain-significance"],
    },
    {
        "slug": "penetrance",
        "term": {
            "en": "penetrance",
            "zh_hant": "外顯率",
        },
        "short": {
            "en": (
                "The proportion of people with a particular variant who go on to develop the "
                "related condition."
            ),
            "zh_hant": "帶有某個變異的人當中，最終患上相關疾病的比例。",
        },
        "full": {
            "en": (
                "<p>When a variant has complete penetrance, everyone who has it develops the "
                "condition. Many variants have reduced (incomplete) penetrance, so some people "
                "with the variant never show signs of it. For example, women with a pathogenic "
                "BRCA1 variant have a high, but not certain, lifetime risk of breast cancer.</p>"
                "<p>Penetrance can depend on age, sex, other genes and the environment, and "
                "estimates can change as more people are studied.</p>"
            ),
            "zh_hant": (
                "<p>如果一個變異屬完全外顯，所有帶有該變異的人都會患病。不過，"
                "很多變異屬不完全外顯（外顯率較低），部分帶有變異的人終生都不會出現病徵。例如，"
                "帶有BRCA1致病變異的女性一生患乳癌的風險很高，但並非必然。</p>"
                "<p>外顯率可受年齡、性別、其他基因和環境影響，而隨着研究涵蓋更多人，"
                "有關估計亦可能改變。</p>"
            ),
        },
        "synonyms": {
            "en": [],
            "zh_hant": [],
        },
        "related": ["pathogenic-variant", "autosomal-dominant", "absolute-risk"],
    },
    {
        "slug": "genetic-test",
        "term": {
            "en": "genetic test",
            "zh_hant": "基因檢測",
        },
        "short": {
            "en": (
                "A medical test that looks for changes in genes, chromosomes or proteins, usually "
                "using a sample of blood or saliva."
            ),
            "zh_hant": "檢查基因、染色體或蛋白質有否改變的醫學檢測，通常使用血液或唾液樣本。",
        },
        "full": {
            "en": (
                "<p>Genetic tests can help find the cause of symptoms (diagnostic testing), show "
                "whether a healthy person has a variant already known in their family (predictive "
                "or carrier testing), screen newborn babies, or guide the choice of a medicine.</p>"
                "<p>Results can matter for relatives as well as for the person tested, so a test "
                "should come with clear information, time to decide and, where suitable, genetic "
                "counselling.</p>"
            ),
            "zh_hant": (
                "<p>基因檢測可以協助找出病徵的成因（診斷性檢測）、確定健康的人是否帶有家族中已知的"
                "變異（預測性檢測或帶因者檢測）、為新生嬰兒進行篩查，或協助選擇藥物。</p>"
                "<p>檢測結果除了影響受檢者本人，也可能關係到其親屬，因此檢測前應提供清晰的資料、"
                "讓人有時間考慮，並在適當時提供遺傳輔導。</p>"
            ),
        },
        "synonyms": {
            "en": ["genetic testing", "gene test"],
            "zh_hant": ["基因測試"],
        },
        "related": ["genomic-sequencing", "gene-panel", "genetic-counselling", "informed-consent"],
    },
    {
        "slug": "genomic-sequencing",
        "term": {
            "en": "genomic sequencing",
            "zh_hant": "基因組測序",
        },
        "short": {
            "en": (
                "Reading the order of DNA bases across many genes, the exome or the whole genome "
                "in a single test."
            ),
            "zh_hant": "在一次檢測中讀取多個基因、外顯子組或整個基因組的DNA鹼基排列次序。",
        },
        "full": {
            "en": (
                "<p>Modern sequencers read millions of short pieces of DNA at the same time, and "
                "computer software lines them up against a reference genome to find differences. "
                "This approach is known as next-generation sequencing (NGS).</p>"
                "<p>A laboratory may sequence a panel of selected genes, the exome or the whole "
                "genome, then focus its analysis on the genes that fit the person's condition.</p>"
            ),
            "zh_hant": (
                "<p>現代測序儀可同時讀取數以百萬計的短DNA片段，再由電腦軟件把這些片段與參考基因組比"
                "對，找出差異。這種方法稱為次世代測序（NGS）。</p>"
                "<p>化驗所可按需要為選定的一組基因、外顯子組或整個基因組測序，"
                "然後集中分析與受檢者病情相符的基因。</p>"
            ),
        },
        "synonyms": {
            "en": ["next-generation sequencing", "NGS"],
            "zh_hant": ["次世代測序", "新一代測序", "NGS"],
        },
        "related": [
            "whole-genome-sequencing",
            "whole-exome-sequencing",
            "gene-panel",
            "genetic-test",
        ],
    },
    {
        "slug": "whole-genome-sequencing",
        "term": {
            "en": "whole genome sequencing",
            "zh_hant": "全基因組測序",
        },
        "short": {
            "en": (
                "A test that reads nearly all of a person's DNA, including their genes and the "
                "long stretches of DNA between them."
            ),
            "zh_hant": "讀取一個人幾乎全部DNA的檢測，包括所有基因及基因之間的大段DNA。",
        },
        "full": {
            "en": (
                "<p>Whole genome sequencing (WGS) can pick up many kinds of change in one test, "
                "from single-letter variants to some larger deletions and duplications. It is used "
                "to look for the cause of rare diseases, to study cancers, and in research.</p>"
                "<p>Because so much DNA is read, WGS can find variants of uncertain significance "
                "and, if the person has agreed, secondary findings unrelated to the reason for "
                "testing. Analysis usually focuses on the genes linked to the person's "
                "symptoms.</p>"
            ),
            "zh_hant": (
                "<p>全基因組測序（WGS）可在一次檢測中找出多種改變，由單一鹼基的變異，"
                "到某些較大片段的缺失或重複。它用於尋找罕見病的成因、研究癌症，以及科研用途。</p>"
                "<p>由於讀取的DNA數量龐大，全基因組測序可能找到意義不明變異，以及（如受檢者同意）"
                "與檢測原因無關的額外發現。分析通常集中在與受檢者病徵相關的基因。</p>"
            ),
        },
        "synonyms": {
            "en": ["WGS"],
            "zh_hant": ["WGS"],
        },
        "related": ["genomic-sequencing", "whole-exome-sequencing", "secondary-findings", "genome"],
    },
    {
        "slug": "whole-exome-sequencing",
        "term": {
            "en": "whole exome sequencing",
            "zh_hant": "全外顯子組測序",
        },
        "short": {
            "en": (
                "A test that reads the exome, the protein-coding parts of about 20,000 genes, "
                "rather than the whole genome."
            ),
            "zh_hant": "讀取外顯子組（約二萬個基因中負責編碼蛋白質的部分），而非整個基因組的檢測。",
        },
        "full": {
            "en": (
                "<p>Whole exome sequencing (WES) focuses on the 1–2% of the genome where most "
                "known disease-causing variants are found, so it produces less data than whole "
                "genome sequencing and often costs less. It can miss some kinds of change, such as "
                "variants outside the exons and some larger rearrangements.</p>"
                "<p>Like whole genome sequencing, it may find variants of uncertain significance "
                "and secondary findings.</p>"
            ),
            "zh_hant": (
                "<p>全外顯子組測序（WES）集中讀取基因組中約1至2%的部分，"
                "而大部分已知的致病變異都位於這些部分，因此產生的數據比全基因組測序少，"
                "費用亦往往較低。不過，它可能會遺漏某些改變，例如外顯子以外的變異和部分較大的結構重"
                "組。</p>"
                "<p>與全基因組測序一樣，它可能找到意義不明變異和額外發現。</p>"
            ),
        },
        "synonyms": {
            "en": ["WES", "exome sequencing"],
            "zh_hant": ["外顯子組測序", "WES"],
        },
        "related": ["exome", "whole-genome-sequencing", "gene-panel", "genomic-sequencing"],
    },
    {
        "slug": "gene-panel",
        "term": {
            "en": "gene panel",
            "zh_hant": "基因組合檢測",
        },
        "short": {
            "en": (
                "A test that looks at a chosen set of genes known to be linked to a particular "
                "condition or group of conditions."
            ),
            "zh_hant": "檢查一組已知與某種或某類疾病相關的選定基因的檢測。",
        },
        "full": {
            "en": (
                "<p>A panel may include a handful of genes, for example for hereditary breast and "
                "ovarian cancer, or several hundred, for conditions such as epilepsy or hearing "
                "loss. Looking only at relevant genes makes results quicker to interpret and "
                "reduces unrelated findings.</p>"
                "<p>A panel answers only the question it was designed for: a negative result does "
                "not rule out variants in genes that were not included.</p>"
            ),
            "zh_hant": (
                "<p>基因組合檢測可以只包括數個基因（例如針對遺傳性乳癌及卵巢癌），"
                "也可以包括數百個基因（例如針對癲癇或聽力損失）。只檢查相關的基因，"
                "可令結果較快解讀，也減少無關的發現。</p>"
                "<p>基因組合檢測只能回答它設計要回答的問題：陰性結果並不能排除未包括在內的基因帶有"
                "變異。</p>"
            ),
        },
        "synonyms": {
            "en": ["gene panel test", "multigene panel"],
            "zh_hant": [],
        },
        "related": ["genetic-test", "whole-exome-sequencing", "genomic-sequencing"],
    },
    {
        "slug": "secondary-findings",
        "term": {
            "en": "secondary findings",
            "zh_hant": "額外發現",
        },
        "short": {
            "en": (
                "Results about health risks unrelated to the reason for a genomic test, which some "
                "laboratories look for if the person agrees."
            ),
            "zh_hant": (
                "與基因組檢測原因無關的健康風險結果；部分化驗所會在受檢者同意下搜尋這類結果。"
            ),
        },
        "full": {
            "en": (
                "<p>When a large part of the genome is sequenced, a laboratory may check a defined "
                "list of genes linked to serious conditions that can be prevented or treated, such "
                "as some inherited heart conditions and cancer risks. Results from these genes are "
                "called secondary findings. Findings that turn up by chance, without being looked "
                "for, are sometimes called incidental findings.</p>"
                "<p>People should be told before testing whether such findings may be reported, "
                "and in many services they can choose whether to receive them.</p>"
            ),
            "zh_hant": (
                "<p>當基因組的大部分被測序時，化驗所可能會檢查一份指定的基因清單，"
                "這些基因與可預防或可治療的嚴重疾病有關，例如某些遺傳性心臟病和癌症風險。"
                "這些基因的結果稱為額外發現（亦稱次要發現）。在沒有刻意搜尋的情況下偶然發現的結果，"
                "有時稱為偶然發現。</p>"
                "<p>受檢者應在檢測前獲告知會否報告這類結果；在很多服務中，受檢者可以選擇是否接收。"
                "</p>"
            ),
        },
        "synonyms": {
            "en": ["incidental findings", "additional findings"],
            "zh_hant": ["次要發現", "偶然發現"],
        },
        "related": ["whole-genome-sequencing", "informed-consent", "genetic-counselling"],
    },
    {
        "slug": "cascade-testing",
        "term": {
            "en": "cascade testing",
            "zh_hant": "級聯檢測",
        },
        "short": {
            "en": (
                "Offering a genetic test to the blood relatives of someone found to have a "
                "disease-causing variant, starting with the closest relatives."
            ),
            "zh_hant": "當某人被發現帶有致病變異後，為其血親提供基因檢測，由關係最近的親屬開始。",
        },
        "full": {
            "en": (
                "<p>Once a pathogenic variant has been found in one person, relatives can be "
                "tested for that specific variant, which is usually simpler than the first test. "
                "Parents, brothers and sisters, and children are offered testing first, then more "
                "distant relatives if appropriate.</p>"
                "<p>Cascade testing can help relatives who have the variant start screening or "
                "treatment early, and reassure those who do not. Taking part is always each "
                "relative's own choice.</p>"
            ),
            "zh_hant": (
                "<p>當一個人被發現帶有致病變異後，親屬可以只檢測該特定變異，通常比最初的檢測簡單。"
                "父母、兄弟姊妹和子女會先獲提供檢測，其後視乎情況再擴展至較遠的親屬。</p>"
                "<p>級聯檢測可以幫助帶有變異的親屬及早開始篩查或治療，也可以令沒有變異的親屬安心。"
                "是否參與，始終由每位親屬自行決定。</p>"
            ),
        },
        "synonyms": {
            "en": ["cascade screening"],
            "zh_hant": ["級聯篩查"],
        },
        "related": ["pathogenic-variant", "pedigree", "genetic-counselling"],
    },
    {
        "slug": "carrier-screening",
        "term": {
            "en": "carrier screening",
            "zh_hant": "帶因者篩查",
        },
        "short": {
            "en": (
                "Testing people without symptoms to find out whether they carry a variant for a "
                "recessive condition that could affect their children."
            ),
            "zh_hant": "為沒有病徵的人進行檢測，以了解他們是否帶有可影響子女的隱性遺傳病變異。",
        },
        "full": {
            "en": (
                "<p>Carrier screening is often offered before or early in pregnancy. In Hong Kong, "
                "checking for thalassaemia carrier status is part of routine antenatal care, "
                "because thalassaemia is common in southern China and Southeast Asia.</p>"
                "<p>If both partners carry variants for the same condition, they can discuss their "
                "options with a doctor or genetic counsellor, including testing during "
                "pregnancy.</p>"
            ),
            "zh_hant": (
                "<p>帶因者篩查通常在懷孕前或懷孕初期進行。在香港，地中海貧血帶因者篩查是例行產前檢"
                "查的一部分，因為地中海貧血在華南和東南亞地區十分常見。</p>"
                "<p>如果伴侶雙方都帶有同一種疾病的變異，可以與醫生或遺傳輔導員商討各種選擇，"
                "包括在懷孕期間進行檢測。</p>"
            ),
        },
        "synonyms": {
            "en": ["carrier testing"],
            "zh_hant": ["帶因者檢測", "攜帶者篩查"],
        },
        "related": ["carrier", "autosomal-recessive", "thalassaemia", "newborn-screening"],
    },
    {
        "slug": "newborn-screening",
        "term": {
            "en": "newborn screening",
            "zh_hant": "新生嬰兒篩查",
        },
        "short": {
            "en": (
                "Tests offered to newborn babies to find certain serious but treatable conditions "
                "before symptoms appear."
            ),
            "zh_hant": "為新生嬰兒提供的檢測，以便在病徵出現前，找出某些嚴重但可以治療的疾病。",
        },
        "full": {
            "en": (
                "<p>In Hong Kong, babies are screened for congenital hypothyroidism and G6PD "
                "deficiency using blood from the umbilical cord, and can also be screened for a "
                "group of inherited metabolic disorders using a few drops of blood from the "
                "heel.</p>"
                "<p>A positive screening result is not a diagnosis: it means the baby needs "
                "further tests. Finding a condition early allows treatment to start before lasting "
                "harm is done.</p>"
            ),
            "zh_hant": (
                "<p>在香港，初生嬰兒會以臍帶血接受先天性甲狀腺功能不足及G6PD缺乏症的篩查，"
                "亦可透過從腳跟採集的數滴血液，接受一組先天性代謝病的篩查。</p>"
                "<p>篩查結果呈陽性並不等於確診，而是表示嬰兒需要進一步檢查。及早發現疾病，"
                "便可以在造成永久損害前開始治療。</p>"
            ),
        },
        "synonyms": {
            "en": ["newborn bloodspot screening", "heel prick test"],
            "zh_hant": ["初生嬰兒篩查", "新生兒篩查"],
        },
        "related": ["carrier-screening", "genetic-test", "x-linked"],
    },
    {
        "slug": "genetic-counselling",
        "term": {
            "en": "genetic counselling",
            "zh_hant": "遺傳輔導",
        },
        "short": {
            "en": (
                "Conversations with a trained professional that help people understand genetic "
                "conditions and tests, and make choices that suit them."
            ),
            "zh_hant": (
                "由受過專業訓練的人員提供的面談，幫助人們了解遺傳病和基因檢測，"
                "並作出適合自己的選擇。"
            ),
        },
        "full": {
            "en": (
                "<p>Genetic counselling covers how a condition is inherited, what a test can and "
                "cannot show, the possible results and what they could mean for the person and "
                "their relatives. It also makes room for feelings and family concerns.</p>"
                "<p>It may take place before and after a test, and is provided by genetic "
                "counsellors, clinical geneticists and other trained health professionals. The aim "
                "is to support informed choices, not to tell people what to decide.</p>"
            ),
            "zh_hant": (
                "<p>遺傳輔導的內容包括疾病如何遺傳、檢測能夠和不能夠顯示甚麼、可能出現的結果，"
                "以及這些結果對本人和親屬的意義。輔導過程亦會照顧當事人的感受和家庭方面的顧慮。</p>"
                "<p>遺傳輔導可以在檢測前後進行，由遺傳輔導員、臨床遺傳科醫生及其他受過訓練的醫護人"
                "員提供。目的是支持當事人在知情下作出選擇，而不是替他們作決定。</p>"
            ),
        },
        "synonyms": {
            "en": ["genetic counseling"],
            "zh_hant": ["遺傳諮詢"],
        },
        "related": ["genetic-counsellor", "genetic-test", "informed-consent", "pedigree"],
    },
    {
        "slug": "genetic-counsellor",
        "term": {
            "en": "genetic counsellor",
            "zh_hant": "遺傳輔導員",
        },
        "short": {
            "en": (
                "A health professional with specialist training in genetics and counselling who "
                "supports people before and after genetic testing."
            ),
            "zh_hant": "受過遺傳學及輔導專業訓練的醫護人員，在基因檢測前後為人們提供支援。",
        },
        "full": {
            "en": (
                "<p>Genetic counsellors explain complex genetic information in plain language, "
                "help individuals and families weigh their options, and support them in sharing "
                "results with relatives. They work alongside doctors, including clinical "
                "geneticists, as part of the care team.</p>"
                "<p>If you are offered a genetic test, you can ask your doctor whether genetic "
                "counselling is available.</p>"
            ),
            "zh_hant": (
                "<p>遺傳輔導員以淺白的語言解釋複雜的遺傳資訊，協助個人和家庭衡量各種選擇，"
                "並支援他們與親屬分享檢測結果。他們與臨床遺傳科醫生等醫生合作，是醫療團隊的一分子。"
                "</p>"
                "<p>如果有人建議你接受基因檢測，你可以向醫生查詢能否獲得遺傳輔導。</p>"
            ),
        },
        "synonyms": {
            "en": ["genetic counselor"],
            "zh_hant": [],
        },
        "related": ["genetic-counselling", "pedigree", "cascade-testing"],
    },
    {
        "slug": "pedigree",
        "term": {
            "en": "pedigree",
            "zh_hant": "家族譜系圖",
        },
        "short": {
            "en": (
                "A diagram of a family's relationships and health history, drawn with standard "
                "symbols, that shows how a condition may be inherited."
            ),
            "zh_hant": (
                "以標準符號繪畫、顯示家庭成員關係和健康狀況的圖表，有助看出疾病可能如何遺傳。"
            ),
        },
        "full": {
            "en": (
                "<p>In a pedigree, squares usually stand for males and circles for females, "
                "filled-in shapes show people affected by a condition, and lines connect partners, "
                "parents and children. Usually at least three generations are included.</p>"
                "<p>Drawing a pedigree helps a genetic counsellor or doctor spot patterns of "
                "inheritance and work out who might benefit from testing.</p>"
            ),
            "zh_hant": (
                "<p>在家族譜系圖中，方形通常代表男性，圓形代表女性，填滿顏色的圖形代表患病的人，"
                "線條則連接伴侶、父母和子女。圖中通常最少包括三代人。</p>"
                "<p>繪畫家族譜系圖有助遺傳輔導員或醫生找出遺傳模式，並判斷哪些人可能受惠於檢測。"
                "</p>"
            ),
        },
        "synonyms": {
            "en": ["family tree", "family pedigree"],
            "zh_hant": ["家系圖", "家族譜系"],
        },
        "related": ["genetic-counselling", "autosomal-dominant", "cascade-testing"],
    },
    {
        "slug": "gene-therapy",
        "term": {
            "en": "gene therapy",
            "zh_hant": "基因治療",
        },
        "short": {
            "en": (
                "A treatment that works by adding, replacing, switching off or editing genetic "
                "material in a patient's cells."
            ),
            "zh_hant": "透過在病人細胞中加入、取代、關閉或編輯遺傳物質來發揮作用的治療。",
        },
        "full": {
            "en": (
                "<p>Some gene therapies deliver a working copy of a gene into cells, using a "
                "modified, harmless virus as a carrier (a vector). Others edit the person's own "
                "DNA. Treatment can be given directly into the body, or to cells that are taken "
                "out, changed in a laboratory and then returned.</p>"
                "<p>Regulators in several countries have approved gene therapies for some "
                "inherited blood, eye and neuromuscular conditions. These treatments can be very "
                "expensive, carry risks, and their long-term effects are still being studied.</p>"
            ),
            "zh_hant": (
                "<p>有些基因治療利用經改造的無害病毒作為載體，把能正常運作的基因送入細胞；"
                "有些則直接編輯病人本身的DNA。治療可以直接在體內進行，也可以先取出細胞，"
                "在化驗室內作出改變，再輸回體內。</p>"
                "<p>多個國家的監管機構已批准用於某些遺傳性血液病、眼疾和神經肌肉疾病的基因治療。"
                "這類治療可能非常昂貴，亦有風險，其長遠影響仍在研究中。</p>"
            ),
        },
        "synonyms": {
            "en": [],
            "zh_hant": ["基因療法"],
        },
        "related": ["gene-editing", "haematopoietic-stem-cell", "thalassaemia", "crispr"],
    },
    {
        "slug": "gene-editing",
        "term": {
            "en": "gene editing",
            "zh_hant": "基因編輯",
        },
        "short": {
            "en": "Techniques that make targeted changes to DNA at a chosen place in the genome.",
            "zh_hant": "在基因組中選定的位置，對DNA作出針對性改變的技術。",
        },
        "full": {
            "en": (
                "<p>Gene editing tools, such as those based on CRISPR, can cut, change or switch "
                "off a specific DNA sequence. In medicine, a few approved treatments and many "
                "clinical trials use editing to change the DNA of a patient's body (somatic) "
                "cells; these changes are not passed on to children.</p>"
                "<p>Editing the DNA of embryos, eggs or sperm (germline editing) would be "
                "inherited by future generations. It raises serious safety and ethical concerns, "
                "and using it to start a pregnancy is prohibited in many countries.</p>"
            ),
            "zh_hant": (
                "<p>以CRISPR為基礎的技術等基因編輯工具，可以剪切、改變或關閉某段特定的DNA序列。"
                "在醫學上，少數已獲批准的治療和很多臨床試驗利用基因編輯改變病人體細胞的DNA；"
                "這些改變不會遺傳給下一代。</p>"
                "<p>編輯胚胎、卵子或精子的DNA（生殖細胞編輯）所作的改變會遺傳給後代，"
                "涉及嚴重的安全和倫理問題，很多國家都禁止以此方法令人懷孕。</p>"
            ),
        },
        "synonyms": {
            "en": ["genome editing"],
            "zh_hant": ["基因組編輯"],
        },
        "related": ["crispr", "gene-therapy", "dna"],
    },
    {
        "slug": "crispr",
        "term": {
            "en": "CRISPR",
            "zh_hant": "CRISPR",
        },
        "short": {
            "en": (
                "A gene-editing tool, adapted from a bacterial defence system, that uses a guide "
                "molecule to find and change a precise DNA sequence."
            ),
            "zh_hant": (
                "一種改造自細菌防禦系統的基因編輯工具，利用引導分子找出並改變特定的DNA序列。"
            ),
        },
        "full": {
            "en": (
                "<p>CRISPR stands for “clustered regularly interspaced short palindromic repeats”. "
                "In the best-known version, CRISPR-Cas9, a short guide RNA leads the Cas9 enzyme "
                "to a matching DNA sequence, where it cuts the DNA; the cell's own repair systems "
                "then change the DNA at that spot.</p>"
                "<p>The first CRISPR-based medicine, approved in several countries from late 2023, "
                "treats sickle cell disease and transfusion-dependent beta thalassaemia by editing "
                "patients' own blood stem cells.</p>"
            ),
            "zh_hant": (
                "<p>CRISPR是「成簇規律間隔短回文重複序列」的英文縮寫。"
                "在最廣為人知的CRISPR-Cas9系統中，一段短的引導RNA把Cas9酶帶到相配的DNA序列，"
                "並在該處剪斷DNA；細胞本身的修復機制隨後會改變該位置的DNA。</p>"
                "<p>首個以CRISPR為基礎的藥物自2023年底起在多個國家獲批准，"
                "透過編輯病人自身的造血幹細胞，治療鐮狀細胞病和依賴輸血的乙型地中海貧血。</p>"
            ),
        },
        "synonyms": {
            "en": ["CRISPR-Cas9"],
            "zh_hant": ["CRISPR-Cas9"],
        },
        "related": ["gene-editing", "gene-therapy", "thalassaemia"],
    },
    {
        "slug": "haematopoietic-stem-cell",
        "term": {
            "en": "haematopoietic stem cell",
            "zh_hant": "造血幹細胞",
        },
        "short": {
            "en": (
                "A cell, found mainly in the bone marrow, that can divide to make every type of "
                "blood cell: red cells, white cells and platelets."
            ),
            "zh_hant": "主要存在於骨髓、能分裂產生各類血球（紅血球、白血球和血小板）的細胞。",
        },
        "full": {
            "en": (
                "<p>Haematopoietic stem cells renew the blood supply throughout life. A "
                "haematopoietic stem cell transplant, often called a bone marrow transplant, "
                "replaces a patient's blood-forming cells with healthy ones from a matched donor. "
                "It can cure some blood disorders, including severe thalassaemia.</p>"
                "<p>In some gene therapies, a patient's own stem cells are collected, modified in "
                "a laboratory and given back, so no donor is needed.</p>"
            ),
            "zh_hant": (
                "<p>造血幹細胞令血液在人的一生中不斷更新。造血幹細胞移植（常稱為骨髓移植）"
                "以配對捐贈者的健康細胞取代病人的造血細胞，可以根治某些血液病，"
                "包括嚴重的地中海貧血。</p>"
                "<p>在某些基因治療中，醫生會收集病人自身的幹細胞，在化驗室內改造後再輸回病人體內，"
                "因此無需捐贈者。</p>"
            ),
        },
        "synonyms": {
            "en": ["hematopoietic stem cell", "blood stem cell"],
            "zh_hant": ["血液幹細胞"],
        },
        "related": ["gene-therapy", "thalassaemia", "haemoglobin"],
    },
    {
        "slug": "thalassaemia",
        "term": {
            "en": "thalassaemia",
            "zh_hant": "地中海貧血",
        },
        "short": {
            "en": (
                "An inherited blood condition in which the body makes less haemoglobin than "
                "normal, which can cause anaemia."
            ),
            "zh_hant": "一種遺傳性血液病，患者身體製造的血紅素比正常少，可引致貧血。",
        },
        "full": {
            "en": (
                "<p>Thalassaemia is caused by variants in the genes for the globin chains that "
                "make up haemoglobin: alpha thalassaemia affects the alpha-globin genes, and beta "
                "thalassaemia the beta-globin gene. It is common in southern China, including Hong "
                "Kong, and in Southeast Asia.</p>"
                "<p>Carriers are usually well or have mild anaemia. People with severe forms may "
                "need regular blood transfusions and iron chelation. A stem cell transplant can "
                "cure some patients, and gene therapies have been approved in some countries for "
                "transfusion-dependent beta thalassaemia.</p>"
            ),
            "zh_hant": (
                "<p>地中海貧血由構成血紅素的珠蛋白鏈的基因變異引致："
                "甲型地中海貧血影響甲型珠蛋白基因，乙型地中海貧血則影響乙型珠蛋白基因。"
                "這種病在包括香港在內的華南地區及東南亞十分常見。</p>"
                "<p>帶因者通常身體健康，或只有輕微貧血。病情嚴重的患者可能需要定期輸血及除鐵治療。"
                "造血幹細胞移植可以根治部分患者，而一些國家亦已批准以基因治療醫治依賴輸血的乙型地中"
                "海貧血。</p>"
            ),
        },
        "synonyms": {
            "en": ["thalassemia"],
            "zh_hant": ["地貧"],
        },
        "related": ["haemoglobin", "iron-chelation", "carrier-screening", "gene-therapy"],
    },
    {
        "slug": "haemoglobin",
        "term": {
            "en": "haemoglobin",
            "zh_hant": "血紅素",
        },
        "short": {
            "en": (
                "The iron-containing protein in red blood cells that carries oxygen from the lungs "
                "to the rest of the body."
            ),
            "zh_hant": "紅血球內含鐵的蛋白質，負責把氧氣從肺部運送到身體各處。",
        },
        "full": {
            "en": (
                "<p>In adults, most haemoglobin is made of two alpha-globin and two beta-globin "
                "chains, each holding an iron-containing part that binds oxygen. Variants in the "
                "globin genes cause thalassaemia and sickle cell disease.</p>"
                "<p>A blood test measures the haemoglobin level; a level that is too low is called "
                "anaemia.</p>"
            ),
            "zh_hant": (
                "<p>成年人的血紅素大多由兩條甲型珠蛋白鏈和兩條乙型珠蛋白鏈組成，"
                "每條鏈都帶有一個能與氧氣結合的含鐵部分。珠蛋白基因的變異會引致地中海貧血和鐮狀細胞"
                "病。</p>"
                "<p>驗血可以量度血紅素水平；水平過低稱為貧血。</p>"
            ),
        },
        "synonyms": {
            "en": ["hemoglobin"],
            "zh_hant": ["血紅蛋白"],
        },
        "related": ["thalassaemia", "haematopoietic-stem-cell", "iron-chelation"],
    },
    {
        "slug": "iron-chelation",
        "term": {
            "en": "iron chelation",
            "zh_hant": "除鐵治療",
        },
        "short": {
            "en": (
                "Treatment with medicines that bind extra iron in the body so that it can be "
                "removed in urine or stools."
            ),
            "zh_hant": "以藥物與體內過多的鐵質結合，使其經尿液或糞便排出的治療。",
        },
        "full": {
            "en": (
                "<p>Regular blood transfusions, needed for severe thalassaemia, slowly load the "
                "body with iron, because the body has no natural way to get rid of the extra. Too "
                "much iron can damage the heart, the liver and hormone-producing glands.</p>"
                "<p>Chelation medicines, taken as tablets or given as infusions under the skin or "
                "into a vein, help keep iron at a safer level. Doctors check iron levels with "
                "blood tests and sometimes MRI scans.</p>"
            ),
            "zh_hant": (
                "<p>嚴重地中海貧血患者需要定期輸血，而身體沒有自然排走多餘鐵質的方法，"
                "因此鐵質會逐漸積聚。過多的鐵質可損害心臟、肝臟和分泌激素的腺體。</p>"
                "<p>除鐵藥物有口服藥片，也有以皮下或靜脈輸注方式給予的藥物，"
                "有助把鐵質維持在較安全的水平。醫生會透過驗血，有時亦會以磁力共振掃描，"
                "監察體內的鐵質水平。</p>"
            ),
        },
        "synonyms": {
            "en": ["iron chelation therapy", "chelation therapy"],
            "zh_hant": ["排鐵治療"],
        },
        "related": ["thalassaemia", "haemoglobin", "haematopoietic-stem-cell"],
    },
    {
        "slug": "pharmacogenomics",
        "term": {
            "en": "pharmacogenomics",
            "zh_hant": "藥物基因組學",
        },
        "short": {
            "en": (
                "The study of how a person's genes affect their response to medicines, used to "
                "choose drugs and doses more safely."
            ),
            "zh_hant": "研究一個人的基因如何影響其對藥物反應的學科，用以更安全地選擇藥物和劑量。",
        },
        "full": {
            "en": (
                "<p>Some inherited variants change how quickly the body breaks down a medicine, or "
                "make a serious reaction more likely. Testing for these variants before "
                "prescribing can help doctors choose a different medicine or adjust the dose.</p>"
                "<p>Only a limited number of gene–drug pairs have strong enough evidence to guide "
                "routine care, and genes are just one factor among many, alongside age, kidney and "
                "liver function, and other medicines a person takes.</p>"
            ),
            "zh_hant": (
                "<p>某些遺傳變異會改變身體分解藥物的速度，或令嚴重不良反應較易出現。"
                "在處方前檢測這些變異，有助醫生改用另一種藥物或調整劑量。</p>"
                "<p>目前只有有限數目的基因－藥物組合有足夠證據指導常規治療；"
                "而基因只是眾多因素之一，其他因素還包括年齡、腎臟及肝臟功能，"
                "以及正在服用的其他藥物。</p>"
            ),
        },
        "synonyms": {
            "en": ["pharmacogenetics", "PGx"],
            "zh_hant": ["藥物遺傳學", "PGx"],
        },
        "related": ["cyp2c19", "hla-b-15-02", "genetic-test"],
    },
    {
        "slug": "cyp2c19",
        "term": {
            "en": "CYP2C19",
            "zh_hant": "CYP2C19",
        },
        "short": {
            "en": (
                "A gene for a liver enzyme that processes several common medicines, including "
                "clopidogrel and some antidepressants and acid-reducing drugs."
            ),
            "zh_hant": (
                "一個負責製造肝臟酵素的基因，該酵素處理多種常用藥物，包括氯吡格雷、"
                "部分抗抑鬱藥和減少胃酸的藥物。"
            ),
        },
        "full": {
            "en": (
                "<p>Variants in CYP2C19 are common. People can be grouped by how active their "
                "enzyme is, from poor to ultrarapid metabolisers, and poor metabolisers are more "
                "common in East Asian populations than in people of European ancestry.</p>"
                "<p>Clopidogrel, a medicine that helps prevent blood clots, must be activated by "
                "CYP2C19, so it may work less well in people with reduced enzyme activity. "
                "Guidelines such as those of the Clinical Pharmacogenetics Implementation "
                "Consortium (CPIC) describe how test results can inform prescribing.</p>"
            ),
            "zh_hant": (
                "<p>CYP2C19的變異十分常見。人們可按酵素的活躍程度分類，"
                "由弱代謝者到超快速代謝者不等；弱代謝者在東亞人口中比在歐洲裔人士中更常見。</p>"
                "<p>預防血栓的藥物氯吡格雷需要經CYP2C19活化，因此在酵素活性較低的人身上，"
                "藥效可能較差。臨床藥物遺傳學實施聯盟（CPIC）等機構的指引，"
                "說明如何利用檢測結果協助處方。</p>"
            ),
        },
        "synonyms": {
            "en": [],
            "zh_hant": [],
        },
        "related": ["pharmacogenomics", "hla-b-15-02", "genotype"],
    },
    {
        "slug": "hla-b-15-02",
        "term": {
            "en": "HLA-B*15:02",
            "zh_hant": "HLA-B*15:02",
        },
        "short": {
            "en": (
                "A gene variant that greatly raises the risk of a severe skin reaction to "
                "carbamazepine, a medicine for epilepsy and nerve pain."
            ),
            "zh_hant": (
                "一種會大幅增加服用卡巴咪嗪（治療癲癇及神經痛的藥物）"
                "後出現嚴重皮膚反應風險的基因變異。"
            ),
        },
        "full": {
            "en": (
                "<p>HLA-B*15:02 is one version (allele) of the HLA-B gene, which is part of the "
                "immune system. People who carry it have a much higher risk of Stevens–Johnson "
                "syndrome and toxic epidermal necrolysis (SJS/TEN), rare but life-threatening skin "
                "reactions, if they take carbamazepine. It has also been linked to a higher risk "
                "with some related medicines, such as oxcarbazepine and phenytoin.</p>"
                "<p>This allele is relatively common in Han Chinese and several other Asian "
                "populations, so guidelines recommend testing for it before carbamazepine is "
                "started in people from these groups.</p>"
            ),
            "zh_hant": (
                "<p>HLA-B*15:02是HLA-B基因的其中一個版本（等位基因），"
                "而HLA-B基因是免疫系統的一部分。帶有此等位基因的人服用卡巴咪嗪後，"
                "出現史蒂文斯－約翰遜綜合症及中毒性表皮壞死溶解症（SJS/TEN）的風險大幅增加；"
                "這兩種皮膚反應雖然罕見，但可以致命。此等位基因亦與部分相關藥物（例如奧卡西平和苯妥"
                "英）的較高風險有關。</p>"
                "<p>此等位基因在漢族華人及其他數個亞洲族群中相對常見，"
                "因此指引建議這些族群的人士在開始服用卡巴咪嗪前先接受檢測。</p>"
            ),
        },
        "synonyms": {
            "en": ["HLA-B*1502"],
            "zh_hant": ["HLA-B*1502"],
        },
        "related": ["pharmacogenomics", "allele", "cyp2c19"],
    },
    {
        "slug": "polygenic-risk-score",
        "term": {
            "en": "polygenic risk score",
            "zh_hant": "多基因風險評分",
        },
        "short": {
            "en": (
                "An estimate of inherited risk for a common condition, calculated by adding up the "
                "small effects of many genetic variants."
            ),
            "zh_hant": "把許多基因變異的微小影響加起來，從而估計一個人患某種常見疾病的遺傳風險。",
        },
        "full": {
            "en": (
                "<p>Common conditions such as heart disease, diabetes and many cancers are "
                "influenced by thousands of variants, each with a tiny effect, as well as by "
                "lifestyle and environment. A polygenic risk score combines these variants into a "
                "single number, usually reported as a comparison with other people.</p>"
                "<p>Scores are being studied to help target screening and prevention, but they "
                "estimate risk rather than diagnose. Many were developed mainly in people of "
                "European ancestry and can be less accurate in other groups, including East Asian "
                "people.</p>"
            ),
            "zh_hant": (
                "<p>心臟病、糖尿病和多種癌症等常見疾病，受到數以千計各自影響輕微的變異，"
                "以及生活方式和環境共同影響。多基因風險評分把這些變異綜合成一個數值，"
                "通常以與其他人比較的方式呈現。</p>"
                "<p>研究人員正探討如何利用評分更有針對性地安排篩查和預防，但評分只是估計風險，"
                "並不能作出診斷。很多評分主要以歐洲血統人士的數據建立，"
                "用於包括東亞人在內的其他族群時，準確度可能較低。</p>"
            ),
        },
        "synonyms": {
            "en": ["PRS", "polygenic score", "genetic risk score"],
            "zh_hant": ["PRS", "多基因風險分數"],
        },
        "related": ["relative-risk", "absolute-risk", "variant"],
    },
    {
        "slug": "relative-risk",
        "term": {
            "en": "relative risk",
            "zh_hant": "相對風險",
        },
        "short": {
            "en": (
                "How many times more, or less, likely something is in one group than in another, "
                "such as people with and without a variant."
            ),
            "zh_hant": (
                "某件事在一個群組中發生的可能性是另一群組的多少倍，例如比較有和沒有某個變異的人。"
            ),
        },
        "full": {
            "en": (
                "<p>A relative risk of 2 means twice the risk. On its own, this can sound "
                "alarming, but doubling a very small risk still leaves a small risk. For example, "
                "if a condition affects 1 in 1,000 people, a relative risk of 2 raises this to "
                "about 2 in 1,000.</p>"
                "<p>To understand what a result means for a person, relative risk should be read "
                "together with absolute risk.</p>"
            ),
            "zh_hant": (
                "<p>相對風險為2，表示風險是兩倍。單看這個數字可能令人擔心，"
                "但一個很小的風險即使加倍，仍然很小。例如，如果某種疾病影響每1,000人中的1人，"
                "相對風險為2即是把風險提高至每1,000人中約2人。</p>"
                "<p>要了解結果對個人的意義，應把相對風險與絕對風險一併考慮。</p>"
            ),
        },
        "synonyms": {
            "en": [],
            "zh_hant": [],
        },
        "related": ["absolute-risk", "polygenic-risk-score", "penetrance"],
    },
    {
        "slug": "absolute-risk",
        "term": {
            "en": "absolute risk",
            "zh_hant": "絕對風險",
        },
        "short": {
            "en": (
                "The chance that something will happen to a person over a set period, for example "
                "a 5 in 100 chance of a condition by age 70."
            ),
            "zh_hant": (
                "某件事在指定時間內發生在一個人身上的機會，例如到70歲時患某種疾病的機會是每100人中"
                "有5人。"
            ),
        },
        "full": {
            "en": (
                "<p>Absolute risk is usually the most useful figure for making decisions, because "
                "it shows the real size of a risk. It is often given as a percentage, or as a "
                "number of people out of 100 or 1,000, over a stated period.</p>"
                "<p>For example, a rise in absolute risk from 1 in 100 to 2 in 100 is a relative "
                "risk of 2, but an absolute increase of only 1 in 100.</p>"
            ),
            "zh_hant": (
                "<p>絕對風險通常是作決定時最有用的數字，因為它顯示風險的實際大小。"
                "絕對風險通常以百分比，或以在指定時間內每100人或每1,000人中有多少人來表示。</p>"
                "<p>例如，絕對風險由每100人中有1人升至每100人中有2人，相對風險為2，"
                "但絕對風險只增加了每100人中1人。</p>"
            ),
        },
        "synonyms": {
            "en": [],
            "zh_hant": [],
        },
        "related": ["relative-risk", "polygenic-risk-score", "penetrance"],
    },
    {
        "slug": "biobank",
        "term": {
            "en": "biobank",
            "zh_hant": "生物樣本庫",
        },
        "short": {
            "en": (
                "A collection of biological samples, such as blood or DNA, stored together with "
                "health information for use in approved research."
            ),
            "zh_hant": "儲存血液或DNA等生物樣本及相關健康資料，供經批准的研究使用的收藏庫。",
        },
        "full": {
            "en": (
                "<p>Biobanks let researchers study samples and data from many people together, for "
                "example to find genetic factors in common diseases. Participants usually give "
                "broad consent for future research that has been approved by an ethics "
                "committee.</p>"
                "<p>A well-run biobank explains how samples and data are protected, who can access "
                "them, whether any results will be returned to participants, and how to "
                "withdraw.</p>"
            ),
            "zh_hant": (
                "<p>生物樣本庫讓研究人員可以一併研究大量人士的樣本和數據，"
                "例如找出常見疾病的遺傳因素。參加者通常會就日後經倫理委員會批准的研究給予廣泛同意。"
                "</p>"
                "<p>管理完善的生物樣本庫會解釋如何保護樣本和數據、誰可以取用、"
                "會否把任何結果告知參加者，以及如何退出。</p>"
            ),
        },
        "synonyms": {
            "en": ["biorepository"],
            "zh_hant": [],
        },
        "related": ["informed-consent", "pseudonymisation", "re-identification"],
    },
    {
        "slug": "informed-consent",
        "term": {
            "en": "informed consent",
            "zh_hant": "知情同意",
        },
        "short": {
            "en": (
                "Agreeing to a test, treatment or research study after being given clear "
                "information about its purpose, benefits, risks and alternatives."
            ),
            "zh_hant": (
                "在獲得有關目的、好處、風險和其他選擇的清晰資料後，才同意接受檢測、治療或參與研究。"
            ),
        },
        "full": {
            "en": (
                "<p>For genomic tests, informed consent usually covers what the test looks for, "
                "the possible results (including uncertain results and secondary findings), what "
                "the results may mean for relatives, how samples and data will be stored and used, "
                "and the right to decline or withdraw.</p>"
                "<p>Consent should be given freely, with time to ask questions. It is a process, "
                "not just a signature on a form.</p>"
            ),
            "zh_hant": (
                "<p>就基因組檢測而言，知情同意通常涵蓋：檢測會尋找甚麼、"
                "可能出現的結果（包括意義不明的結果和額外發現）、結果對親屬的意義、"
                "樣本和數據會如何儲存和使用，以及拒絕或退出的權利。</p>"
                "<p>同意應在自願的情況下作出，並讓人有時間發問。知情同意是一個過程，"
                "而不只是在表格上簽名。</p>"
            ),
        },
        "synonyms": {
            "en": [],
            "zh_hant": [],
        },
        "related": ["genetic-counselling", "secondary-findings", "biobank"],
    },
    {
        "slug": "pseudonymisation",
        "term": {
            "en": "pseudonymisation",
            "zh_hant": "假名化",
        },
        "short": {
            "en": (
                "Replacing names and other direct identifiers in data with a code, so people "
                "cannot be identified without separately held information."
            ),
            "zh_hant": (
                "以編碼取代數據中的姓名和其他直接識別資料，使人在沒有另行保存的資料下無法被識別。"
            ),
        },
        "full": {
            "en": (
                "<p>Pseudonymised data can be linked back to a person only with a key, which the "
                "data holder should keep separately and securely. This protects privacy while "
                "still allowing results to be updated or data to be linked over time.</p>"
                "<p>Pseudonymised data is not anonymous. Genomic data in particular is unique to "
                "each person, so it still needs careful protection.</p>"
            ),
            "zh_hant": (
                "<p>經假名化的數據只能透過一條「鑰匙」與個人重新連結，"
                "而這條鑰匙應由數據持有人另行安全保存。這樣既可保障私隱，又容許日後更新結果，"
                "或把不同時間的數據連結起來。</p>"
                "<p>假名化數據並不等於匿名數據。基因組數據尤其是每個人獨有的，因此仍須小心保護。"
                "</p>"
            ),
        },
        "synonyms": {
            "en": ["pseudonymization"],
            "zh_hant": [],
        },
        "related": ["re-identification", "biobank", "informed-consent"],
    },
    {
        "slug": "re-identification",
        "term": {
            "en": "re-identification",
            "zh_hant": "重新識別",
        },
        "short": {
            "en": (
                "Working out who a person is from data that has had their name and other "
                "identifiers removed."
            ),
            "zh_hant": "從已刪除姓名及其他識別資料的數據中，推斷出某人的身分。",
        },
        "full": {
            "en": (
                "<p>Re-identification can happen when data is combined with other information, "
                "such as public records, social media or genealogy databases. Genomic data carries "
                "a particular risk, because each person's genome is unique and relatives share "
                "some of their DNA.</p>"
                "<p>Biobanks and researchers reduce the risk with access controls, agreements that "
                "forbid attempts to identify people, and secure computing environments.</p>"
            ),
            "zh_hant": (
                "<p>當數據與其他資料（例如公開記錄、社交媒體或族譜資料庫）結合時，"
                "便可能出現重新識別。基因組數據的風險尤其高，因為每個人的基因組都是獨一無二的，"
                "而親屬之間亦共有部分相同的DNA。</p>"
                "<p>生物樣本庫和研究人員會以存取控制、禁止嘗試識別參加者的協議，"
                "以及安全的電腦環境等措施減低風險。</p>"
            ),
        },
        "synonyms": {
            "en": ["reidentification"],
            "zh_hant": ["再識別"],
        },
        "related": ["pseudonymisation", "biobank", "informed-consent"],
    },
]
