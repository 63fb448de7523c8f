"""The extractor's vocabulary, as data: currencies, scales, growth and decline words, cues and period phrases.

The number reader, the sentence frames and the table reader all take their
words from here, so a currency, a scale or a growth word added once is read
everywhere. Words are matched after Unicode NFKC normalisation (full-width
forms become ASCII), case-insensitively for Latin script; Chinese words are
given in simplified and traditional forms.
"""

from __future__ import annotations

__all__ = ["CURRENCIES", "DOLLAR_SOURCES", "SCALES", "PREFIX_CURRENCIES", "GROWTH", "DECLINE", "CAGR", "YOY", "QOQ", "MOM", "ESTIMATE",
           "BASE", "PRIOR_YEAR", "THRESHOLD", "LOWER_BOUND", "APPROXIMATE", "MULTIPLE_WORDS", "CONTINUATION", "MEASURES", "PAIRED_MEASURES",
           "PUBLICATION", "PARTS_OF_YEAR", "MONTH", "BEFORE_CURRENCY", "CHANGE_HEADERS", "SHARE_HEADERS", "LABEL_CURRENCIES",
           "COUNT_NOUNS", "SMALL_PARTS", "SMALL_SHARES",
           "BULLETS", "YEN_CUES", "YUAN_PLACES", "REGIONS", "TOTAL_LABEL", "words",
           "whole_words"]

#: currency words and symbols -> ISO code (their FX rates belong in the user's package)
#: ISO 4217 codes of more currencies an analyst meets, read before or after an amount ("NOK 247.9 billion")
_MORE_CODES = ("NOK", "SEK", "DKK", "ISK", "PLN", "CZK", "HUF", "RON", "NZD", "ZAR", "MXN", "TRY", "ILS", "PHP", "VND", "PKR",
               "BDT", "EGP", "NGN", "KES", "ARS", "CLP", "COP", "PEN", "QAR", "KWD", "OMR", "BHD", "JOD", "MAD", "TND",
               "DZD", "IQD", "LKR", "NPR", "KZT", "UAH", "GHS", "TZS", "UGX", "ETB", "MMK", "KHR", "MNT", "BGN", "RSD",
               "MOP")
CURRENCIES = {
    "US$": "USD", "$": "USD", "USD": "USD", "dollar": "USD", "dollars": "USD", "USdollar": "USD", "USdollars": "USD",
    "U.S.dollar": "USD", "U.S.dollars": "USD", "美元": "USD", "美金": "USD",
    "€": "EUR", "EUR": "EUR", "euro": "EUR", "euros": "EUR", "欧元": "EUR", "歐元": "EUR",
    "RMB": "CNY", "CNY": "CNY", "¥": "CNY", "yuan": "CNY", "元": "CNY", "人民币": "CNY", "人民幣": "CNY",
    "£": "GBP", "GBP": "GBP", "pounds": "GBP", "英镑": "GBP", "英鎊": "GBP",
    "JPY": "JPY", "yen": "JPY", "日元": "JPY", "日圆": "JPY", "日圓": "JPY", "日幣": "JPY", "円": "JPY",
    "HKD": "HKD", "HK$": "HKD", "港元": "HKD", "港币": "HKD", "港幣": "HKD",
    "TWD": "TWD", "NT$": "TWD", "新台币": "TWD", "新台幣": "TWD", "新臺幣": "TWD", "台币": "TWD", "臺幣": "TWD",
    "KRW": "KRW", "₩": "KRW", "won": "KRW", "韩元": "KRW", "韓元": "KRW",
    "INR": "INR", "₹": "INR", "rupees": "INR", "卢比": "INR", "盧比": "INR",
    "SGD": "SGD", "S$": "SGD", "新加坡元": "SGD", "新元": "SGD",
    "CAD": "CAD", "C$": "CAD", "加元": "CAD", "AUD": "AUD", "A$": "AUD", "澳元": "AUD",
    "CHF": "CHF", "瑞士法郎": "CHF", "澳门元": "MOP", "澳门币": "MOP", "MOP$": "MOP",
    "Rs": "INR", "rupee": "INR", "MYR": "MYR", "RM": "MYR", "ringgit": "MYR", "令吉": "MYR", "BRL": "BRL", "R$": "BRL",
    "reais": "BRL", "IDR": "IDR", "Rp": "IDR", "rupiah": "IDR", "THB": "THB", "฿": "THB", "baht": "THB", "泰铢": "THB",
    "泰銖": "THB", "AED": "AED", "dirhams": "AED", "RUB": "RUB", "₽": "RUB", "roubles": "RUB", "rubles": "RUB",
    "SAR": "SAR", "riyals": "SAR", "riyal": "SAR", "里亚尔": "SAR",
    # more codes an analyst meets, by their ISO 4217 code, with the words and signs that are theirs alone
    **{code: code for code in _MORE_CODES},
    "NZ$": "NZD", "kroner": "NOK", "kronor": "SEK", "zloty": "PLN", "rand": "ZAR", "lira": "TRY", "shekels": "ILS",
    "pesos": "MXN",
}
#: the statistics offices and central banks whose texts count a bare "$" in their country's dollar
DOLLAR_SOURCES = {"Statistics Canada": "CAD", "Bank of Canada": "CAD", "Australian Bureau of Statistics": "AUD",
                  "Reserve Bank of Australia": "AUD", "Stats NZ": "NZD", "Statistics New Zealand": "NZD",
                  "Reserve Bank of New Zealand": "NZD", "Singapore Department of Statistics": "SGD",
                  "Monetary Authority of Singapore": "SGD", "Census and Statistics Department": "HKD"}
#: places whose money a bare 元 counts in, by the last one its sentence names before it ("台灣伺服器產值達4,267億元" is
#: NT$, "香港…120億元" HK$, "中國大陸…" the yuan), and bodies of Taiwan's named without the island
YUAN_PLACES = {"台灣": "TWD", "臺灣": "TWD", "台湾": "TWD", "台北": "TWD", "臺北": "TWD", "香港": "HKD", "本港": "HKD",
               # the island's own bodies, named without the island: "經濟部統計處表示…產值達21.3兆元"
               "經濟部": "TWD", "主計總處": "TWD", "行政院": "TWD", "工研院": "TWD", "資策會": "TWD",
               "中國": "CNY", "中国": "CNY", "大陸": "CNY", "大陆": "CNY", "內地": "CNY", "内地": "CNY"}
#: words that make "¥" the yen (it is the yuan's sign too, and the yuan's by default)
YEN_CUES = ("Japan", "Japanese", "Tokyo", "日本", "日圓", "日圆", "円")
#: currency words written before the number ("人民币356亿元", "NT$1,250"): they win over a word after it
PREFIX_CURRENCIES = ("US$", "HK$", "NT$", "S$", "C$", "A$", "$", "€", "¥", "£", "₩", "₹", "USD", "EUR", "RMB", "CNY",
                     "GBP", "JPY", "HKD", "TWD", "KRW", "INR", "SGD", "CAD", "AUD", "CHF", "人民币", "人民幣", "新台币",
                     "新台幣", "新臺幣", "港币", "港幣", "R$", "₽", "฿", "RM", "Rs", "Rp", "MYR", "BRL", "IDR", "THB", "AED",
                     "RUB", "SAR", "NZ$", *_MORE_CODES)
#: scale words -> (factor, the name used in unit names)
SCALES = {
    "thousand": (1e3, "thousand"), "k": (1e3, "thousand"), "千": (1e3, "thousand"),
    "万": (1e4, "10 thousand"), "萬": (1e4, "10 thousand"),
    "million": (1e6, "million"), "mn": (1e6, "million"), "m": (1e6, "million"), "mln": (1e6, "million"),
    "百万": (1e6, "million"), "百萬": (1e6, "million"),
    "亿": (1e8, "100 million"), "億": (1e8, "100 million"),
    "兆": (1e12, "trillion"),  # read only before a currency ("1.2兆元", "兆日圓"): as 10^6 it measures watts or bytes
    "billion": (1e9, "billion"), "bn": (1e9, "billion"), "b": (1e9, "billion"), "bln": (1e9, "billion"),
    "十亿": (1e9, "billion"), "十億": (1e9, "billion"),
    "trillion": (1e12, "trillion"), "tn": (1e12, "trillion"), "trn": (1e12, "trillion"), "t": (1e12, "trillion"),
    "万亿": (1e12, "trillion"), "萬億": (1e12, "trillion"), "万億": (1e12, "trillion"),
    "lakh crore": (1e12, "trillion"), "lakh crores": (1e12, "trillion"),  # "Rs 1.2 lakh crore": 120,000 crore
    "lakh": (1e5, "100 thousand"), "lakhs": (1e5, "100 thousand"), "crore": (1e7, "10 million"),
    "crores": (1e7, "10 million"),
    # German, French and Dutch: "EUR 1,24 Mrd.", "2,3 Mio. Euro", "1,8 milliard d'euros", "EUR 3,1 mld"
    "mio": (1e6, "million"), "millionen": (1e6, "million"), "mrd": (1e9, "billion"), "milliarden": (1e9, "billion"),
    "milliard": (1e9, "billion"), "milliards": (1e9, "billion"), "mld": (1e9, "billion"), "miljard": (1e9, "billion"),
}


def _verbs(*verbs: str) -> tuple[str, ...]:
    """Every form of each verb: "soar" gives soar, soars, soared, soaring; an irregular or doubling one is given
    as "base/past/participle/-ing" ("drop/dropped/dropped/dropping", "rise/rose/risen")."""
    out = []
    for verb in verbs:
        base, *given = verb.split("/")
        third = (base + "es" if base.endswith(("s", "sh", "ch", "x", "z")) else
                 base[:-1] + "ies" if base.endswith("y") and base[-2] not in "aeiou" else base + "s")
        past = (base + "d" if base.endswith("e") else
                base[:-1] + "ied" if base.endswith("y") and base[-2] not in "aeiou" else base + "ed")
        ing = base[:-1] + "ing" if base.endswith("e") and not base.endswith("ee") else base + "ing"
        out += [base, third, *(given or [past]), *([] if len(given) > 2 else [ing])]
    return tuple(dict.fromkeys(out))


#: words of growth: "soared 18%", "暴涨262.1%"
GROWTH = ("growth", "up", "gain", "increase", "rise", "jump", "surge", "leap", "climb",
          *_verbs("increase", "rise/rose/risen", "grow/grew/grown", "gain", "climb", "jump", "surge", "leap/leapt/leaped",
                  "skyrocket", "soar", "rocket", "balloon", "expand", "spike", "advance", "swell/swelled/swollen", "rebound",
                  "rally"),
          "增长", "增長", "增加", "提升", "上升", "上涨", "成长", "成長", "增", "攀升", "跃升", "躍升", "年增", "扩大", "擴大",
          "暴涨", "大涨", "激增", "暴增", "猛增", "飙升", "飆升", "大增", "劲增", "扩张", "擴張",
          "升",  # as Hong Kong's press prints a rise: "按年升17.9%"
          "涨", "漲", "上漲")  # as one says it: "一年涨了73%"
#: words that make a stated rate a decline: "同比下降2.39%" is -2.39%, "contracted by 1.2%"
DECLINE = ("decline", "fall", "drop", "down", "contraction", "lower",
           *_verbs("decline", "decrease", "fall/fell/fallen", "drop/dropped/dropped/dropping", "shrink/shrank/shrunk",
                   "slip/slipped/slipped/slipping", "slide/slid/slid", "dip/dipped/dipped/dipping", "ease", "plunge",
                   "tumble", "retreat", "contract", "slump", "sink/sank/sunk"),
           "下降", "下滑", "下跌", "减少", "減少", "萎缩", "萎縮", "回落", "降低", "年减", "年減", "衰退", "负增长", "负成长",
           "收缩", "下挫", "骤降", "暴跌", "锐减", "大跌", "缩水", "跌", "cut it", "cut them")
#: words of growth or decline that are nouns too: a verb before what a move takes ("rise to", "fall 3%"), a noun
#: between two nouns of a name ("acoustic fall detection", "surge protection devices")
MOVE_NOUNS = frozenset({"gain", "increase", "rise", "jump", "surge", "leap", "climb", "decline", "fall", "drop",
                        "dip", "slide", "slump", "advance", "rally", "rebound", "retreat", "spike", "balloon", "rocket",
                        "ease", "plunge", "tumble", "contract"})
#: the verbs of a plan's target in Chinese, before what it aims at: "力争突破120亿元", "争取达到"
TARGET_VERBS_ZH = ("力争", "力爭", "争取", "爭取")
#: compound annual growth rate
CAGR = ("CAGR", "compound annual growth rate", "compounded annual growth rate", "compound annual growth",
        "compound annual rate", "compounded annual rate", "compound growth rate", "compounded growth rate", "compound growth", "compounded growth", "compound rate", "compounded annually", "compounding at",
        "compounded",
        "annualized growth rate", "annualised growth rate", "annual growth rate", "average annual growth rate",
        "average annual growth", "annual growth", "average annual increase", "average annual rate", "average yearly growth",
        "average annual", "average yearly", "annual rate", "年平均增长率",
        "年平均增長率", "年复合增长率", "复合年增长率", "復合增速", "復合成長率", "复合成长率",
        "年均复合增长率", "年均复合增速", "复合增长率", "复合增速", "年均增速", "年均增长率", "年均增长", "年复合",
        "年均复合", "per annum", "per year", "annually", "annual pace", "yearly pace", "annualized pace", "annualised pace",
        "的速度增长", "的速度增長", "年複合成長率", "複合年成長率", "年複合增長率", "複合增長率", "年復合增長率", "復合增長率", "復合年增長率", "年均復合增長率", "年復合成長率", "年均成長率", "年复合成长率", "平均年增率", "平均年增",
        "平均年成長率", "平均年成长率", "平均每年增长", "平均每年增長", "每年平均增长", "每年平均成长", "平均每年成长", "年均")  # "以年均 10.8% 穩健成長"
#: growth over the year before
YOY = ("同比", "按年", "year-on-year", "year on year", "year-over-year", "year over year", "yoy", "y/y", "y-o-y",
       "较上年", "比上年", "較上年", "较去年", "比去年", "較去年", "较前一年", "較前一年", "比前一年",
       "年增率", "年增", "年减", "年減", "年成長", "annual increase",
       "from the prior year", "from the previous year", "over the prior year", "over the previous year", "a year earlier",
       "a year ago", "year earlier", "year-to-year", "year to year")
#: growth over the quarter before
QOQ = ("环比", "環比", "quarter-on-quarter", "quarter on quarter", "quarter-over-quarter", "quarter-to-quarter", "qoq",
       "q/q", "sequential",
       "sequentially", "previous quarter", "prior quarter", "quarter before", "上一季", "上季", "前一季",
       "季增", "季减", "季減")
#: growth over the month before
MOM = ("month-on-month", "month on month", "month-over-month", "month over month", "month-to-month", "month to month",
       "m/m", "mom", "previous month",
       "prior month", "month before", "上月", "上个月", "上個月")
#: cues that the figure after them is a forecast
ESTIMATE = ("预计", "预测", "预期", "將", "将", "有望", "可望", "預計", "預測", "预估", "預估", "預期", "expected", "expects",
            "expect", "projected", "projects", "forecast", "forecasts", "forecasted", "predicts", "predicted", "foresees", "sees", "will", "estimated to", "could", "would reach", "would grow", "would rise", "would hit", "would total", "would climb", "would be worth", "should", "may", "might", "likely to", "is likely", "are likely", "is set to",
            "to reach", "to hit", "anticipated", "poised", "seen", "on track", "on course", "set to", "slated", "目标", "目標", "力争",
            "力爭",
            # "guides" a verb only before what it guides to: "AI audio guides" are a product; "guidance" a firm's only
            # before what it gives ("parking guidance and payment apps" are a product)
            "outlook", "guidance of", "guidance for", "guidance to", "guidance calls", "guidance implies",
            "guidance range", "guidance:", "guided", "guides to", "guides for", "guiding", "we model", "we now model",
            "I model", "I now model",
            "展望",
            "指引")
#: what a forecasting tool forecasts, right before "forecast" or "forecasts" as a noun: "crowding forecasts and ticket
#: pricing" names what a market sells
FORECAST_OBJECTS = ("crowding", "demand", "weather", "traffic", "footfall", "ridership", "passenger", "yield", "queue",
                    "occupancy", "arrival", "delivery", "no-show", "load", "flood", "snow", "wind", "solar")
#: words right before an amount that make it the base of a movement, so history, not a forecast
BASE = ("from", "up from", "down from", "compared with", "compared to", "against", "从", "從", "由", "自", "较", "較", "比")
#: words after an amount that make it the year before the one it is set against: "$9.5 billion a year earlier"
PRIOR_YEAR = ("a year earlier", "a year ago", "a year before", "the year before", "the previous year", "the prior year",
              "the preceding year", "in the previous year", "in the prior year", "in the preceding year", "last year",
              "in last year", "上年同期", "去年同期")
#: thresholds with or without a numeral: "突破万亿元" (passes one trillion yuan)
THRESHOLD = ("突破", "超过", "超過", "超", "逾", "more than", "over", "exceed", "exceeding", "surpass", "top")
#: words right before an amount that make it a lower bound: "more than $18 billion", "超过56亿美元", a headline's
#: "to surpass USD 290 billion"
LOWER_BOUND = ("more than", "over", "above", "in excess of", "upwards of", "at least", "exceeding", "exceed", "exceeds",
               "surpass", "surpasses", "surpassing", "cross", "crosses", "crossing", "top", "tops", "topping", "pass",
               "passes", "passing", "超过", "超過", "超", "逾", "突破", "高于", "高於", "不少于", "不少於", "至少")
#: words right before an amount that make it an approximation: "nearly $500 million", "近300亿元", "about 1.2
#: billion"; the audit reads one of two significant digits or fewer to within a tenth of its value
APPROXIMATE = ("about", "around", "roughly", "approximately", "nearly", "near", "almost", "close to", "circa", "c.", "ca.", "some",
               "just under", "just over", "approaching", "约", "約", "大约", "大約", "近", "接近", "将近", "將近")
#: words that state a multiple
MULTIPLE_WORDS = {"double": 2, "doubles": 2, "doubled": 2, "doubling": 2, "triple": 3, "triples": 3, "tripled": 3,
                  "tripling": 3, "quadruple": 4, "quadruples": 4, "quadrupled": 4, "quadrupling": 4,
                  "翻番": 2, "翻倍": 2, "倍增": 2, "翻了一番": 2, "翻一番": 2, "翻了一倍": 2, "翻两番": 4, "翻了两番": 4}
#: a sentence that continues the subject before it: "It", "The market", "该市场"
CONTINUATION = ("it", "its", "the market", "this market", "the segment", "the sector", "该市场", "該市場", "这一市场",
                "這一市場", "此市场", "其", "该行业", "該行業", "该项",
                "该领域", "該領域", "这一领域", "這一領域")
#: nouns that end a subject's noun phrase
MEASURES = ("市场规模", "市場規模", "市场", "市場", "规模", "規模", "产业", "產業", "营收", "營收", "收入", "产值", "產值", "增加值",
            "生产总值", "生產總值",
            "出货量", "出貨量", "支出", "融资", "融資", "产量", "產量", "出口值", "销量", "销售额", "用电量", "发电量",
            "装机容量", "消费量", "进口额", "出口额", "进口金额", "出口金额", "净利润", "利润总额", "利潤總額", "利润", "利潤", "market", "revenue", "revenues", "sales", "spending",
            "shipments", "income", "funding", "investment", "segment", "sector", "industry", "expenditure",
            "expenditures", "turnover", "billings", "profit", "profits", "installations", "deliveries",
            "exports", "imports", "output")
#: a word that names two measures at once, with the measure each is ("汽车产销分别为A和B": production A, sales B)
PAIRED_MEASURES = {"产销": ("产量", "销量"), "產銷": ("產量", "銷量"), "进出口": ("进口", "出口"), "進出口": ("進口", "出口")}
#: what says when a report was published: years after it are forecasts
PUBLICATION = ("published", "publication date", "report date", "date of publication", "released", "dated", "as of", "发布",
               "發布", "发布时间", "出版")
#: the words that label a source's citation before a colon, in Chinese ("资料来源：…"); English "Source(s):" besides
SOURCE_LABELS = ("资料来源", "資料來源", "数据来源", "數據來源", "来源", "來源")
#: a quarter, a half or the first months of a year, as a regular expression: "Q4", "4Q", "H1", "1H", "第四季度", "三季度",
#: "上半年", "前三季度", "前七月", "1-7月"
PARTS_OF_YEAR = (r"Q[1-4]|[1-4]Q|H[12]|[12]H|第?[一二三四1-4]季度?|首季度?|上半年|下半年|前[一二三]季度?"
                 # a company's reports of a part of its year: "2024年中报" (the half), "一季报", "三季报" (nine months)
                 r"|中[报報]|半年[报報]|[一三]季[报報]"
                 # the months from January to one before December: "前七月", "前7个月", "1-7月", "1至9月"
                 r"|前(?:[一二三四五六七八九十两兩]|十一|[2-9]|1[01])[个個]?月|(?:1|一)\s*月?\s*[-–—~至到]\s*(?:[2-9]|1[01]|[二三四五六七八九十]|十一)\s*月")
#: a month's name, in full or cut short, as a regular expression: "October", "Oct.", "Sept"
MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
         r"|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\.?")  # not "Market", "Mayor"
#: a small part of a wider whole, as regular expressions: "sliver", "fraction", "speck"; "small slice", "tiny part"
SMALL_PARTS = r"sliver|fraction|speck"
SMALL_SHARES = r"(?:small|tiny)\s+(?:part|slice|corner)"
#: a currency, if any, right before an amount, as a regular expression anchored at the amount: "from US$", "to €"
BEFORE_CURRENCY = r"(?:US\$|\$|€|£|USD|EUR|GBP)?\s*$"
#: table header cells of a column of changes over the column before: read as growth claims
CHANGE_HEADERS = ("change", "chg", "% change", "percent change", "per cent change", "pct change", "yoy", "y/y", "y-o-y", "growth", "同比", "增长", "增速", "增长率",
                  "年增", "年增率", "成長率", "变动", "變動", "变动比例", "變動比例", "增减", "增減", "变化", "變化",
                  "按年", "年度增长", "年增长", "年增长率", "年成長率", "年成长率", "比上年", "较上年", "較上年", "增幅",
                  "变幅", "變幅", "annual growth", "annual change", "growth rate", "year-on-year", "year over year",
                  "year-over-year", "percentage change", "变动百分率", "百分率变动", "变动百分比", "百分比变动", "增减百分比",
                  "on year", "on the year", "on a year earlier", "on previous year", "on prior year", "from previous year",
                  "from prior year", "over previous year", "over prior year", "vs previous year", "vs prior year",
                  "前年比", "前年同期比", "前年度比",  # and Japan's tables' "前年比" (over the year before)
                  "Δ", "∆",  # the sign of a difference: "Δ YoY", "Δ%"
                  "var.", "variation", "variación", "variazione", "veränderung")  # "Var. 2024/2023", "Var. %"
# "按年增長", "按年變幅", "變動百分率" (Hong Kong), "年增長率", "比上年增长（%）" (a statistics bureau's)

#: the currencies a Chinese unit label names before its scale: "单位：人民币十亿元", "單位：新台幣億元"
LABEL_CURRENCIES = ("人民币", "人民幣", "美元", "港元", "港幣", "港币", "新台幣", "新台币", "新臺幣", "台幣", "台币", "臺幣", "日圓",
                    "日元", "欧元", "歐元")

#: table header cells of a column of shares of the total: read as share claims
SHARE_HEADERS = ("share", "% of total", "share of total", "mix", "weight", "占比", "佔比", "份额", "份額", "比重", "市占率",
                 "市佔率", "占有率", "佔有率")
#: what a count counts, by the words near it (regular expressions): "420 million users", "Users (million)", "参数量",
#: "120万名" (名 counts people)
COUNT_NOUNS = (("parameters", r"参数|parameter"),
               ("people", r"用户|月活|周活|日活|开发者|(?<![器行法责責无無])人(?![工民形])|(?<=[\d万萬千百])名"
                          r"|users|people|developers|subscribers"))
#: the world's regions and the countries reports split a market by: a clause that opens with one states that part's
#: figures ("Asia Pacific is expected to grow at a CAGR of 42.3%"), not the whole market's
REGIONS = ("North America", "South America", "Latin America", "Central America", "Europe", "Western Europe",
           "Eastern Europe", "Central Europe", "Northern Europe", "Southern Europe", "Asia Pacific", "Asia-Pacific", "APAC",
           "APJ", "Asia", "East Asia", "South Asia", "Southeast Asia", "South-East Asia", "Middle East", "Middle East and "
           "Africa", "Middle East & Africa", "MEA", "EMEA", "LAMEA", "Africa", "Oceania", "the Americas", "Nordics",
           "Latin America and the Caribbean", "Rest of the World", "Rest of World", "rest of the world", "RoW",
           "Rest of Europe", "Rest of Asia Pacific", "Rest of Asia",
           "United States", "U.S.", "US", "USA", "Canada", "Mexico", "Brazil", "United Kingdom", "U.K.", "UK", "Germany",
           "France", "Italy", "Spain", "Netherlands", "China", "Japan", "India", "South Korea", "Korea", "Taiwan",
           "Australia", "Singapore", "Indonesia", "Saudi Arabia", "UAE", "Israel", "Russia", "Turkey", "South Africa",
           "北美", "北美洲", "南美", "拉美", "拉丁美洲", "欧洲", "西欧", "东欧", "亚太", "亚洲", "东亚", "东南亚", "南亚", "中东",
           "非洲", "中东及非洲", "其他地区", "其他地區", "世界其他地区", "世界其他地區", "美国", "加拿大", "墨西哥", "巴西", "英国", "德国", "法国", "中国", "日本", "韩国", "印度",
           "台湾", "臺灣", "香港", "新加坡", "澳大利亚", "华东", "华南", "华北", "华中", "西南", "西北", "东北", "长三角",
           "珠三角", "京津冀", "粤港澳大湾区")
#: the full name of a region a text may name by a short form: "U.S." is the "United States" a series names first
REGION_NAMES = {"U.S.": "United States", "US": "United States", "USA": "United States", "U.S.A.": "United States",
                "America": "United States", "U.K.": "United Kingdom", "UK": "United Kingdom", "Britain": "United Kingdom",
                "UAE": "United Arab Emirates", "APAC": "Asia Pacific", "Asia-Pacific": "Asia Pacific",
                "MEA": "Middle East and Africa", "Middle East & Africa": "Middle East and Africa", "Korea": "South Korea",
                "LATAM": "Latin America", "LatAm": "Latin America", "美國": "美国", "英國": "英国", "韓國": "韩国",
                "北美洲": "北美", "拉丁美洲": "拉美"}
#: the region a people's adjective names: "Japanese sales" are Japan's
DEMONYMS = {"North American": "North America", "Latin American": "Latin America", "European": "Europe",
            "Asian": "Asia", "African": "Africa", "American": "United States", "Canadian": "Canada", "Mexican": "Mexico",
            "Brazilian": "Brazil", "British": "United Kingdom", "German": "Germany", "French": "France",
            "Italian": "Italy", "Spanish": "Spain", "Dutch": "Netherlands", "Chinese": "China", "Japanese": "Japan",
            "Indian": "India", "Korean": "South Korea", "South Korean": "South Korea", "Taiwanese": "Taiwan",
            "Australian": "Australia", "Singaporean": "Singapore", "Indonesian": "Indonesia", "Saudi": "Saudi Arabia",
            "Israeli": "Israel", "Russian": "Russia", "Turkish": "Turkey", "South African": "South Africa"}
#: a row label naming a table's whole (a regular expression, read case-insensitively): "Total", "Grand total",
#: "Market total", "合计", "总计（亿元）", "總體"
TOTAL_LABEL = r"^\s*(?:grand\s+)?total\b|\btotal\s*$|^\s*(?:合\s*[计計]|[总總]\s*[计計体體]|共\s*[计計])(?![\u4e00-\u9fff])"
#: characters that open a bullet point
BULLETS = ("-", "–", "*", "•", "·", "▪", "▫", "◦", "‣", "●", "○", "■", "□", "►", "▶", "➤", "➢", "✓", "✔", "・", "･")


#: simplified characters of the words above and their traditional forms, one for one (so that a position in the one
#: text is the same in the other)
_TRADITIONAL = str.maketrans(
    "万业两争亚产亿从减动卢参发变复场币开户扩数时标欧测涨环营约缩规计该货资跃较过这铢镑长间韩预额圆为国达"
    "将与来实际销总体会关连续创层单网电脑车机务应带设备装统报导据显划级纪类项质门还进亩区县兑汇价压乐观况"
    "态占东华湾粤负",
    "萬業兩爭亞產億從減動盧參發變複場幣開戶擴數時標歐測漲環營約縮規計該貨資躍較過這銖鎊長間韓預額圓為國達"
    "將與來實際銷總體會關連續創層單網電腦車機務應帶設備裝統報導據顯劃級紀類項質門還進畝區縣兌匯價壓樂觀況"
    "態佔東華灣粵負")


def _with_traditional(group):
    """``group`` (a tuple of words, or a dict keyed by words) with the traditional form of each Chinese word added
    where it is missing: "复合年增长率" brings "複合年增長率"."""
    if isinstance(group, dict):
        return {**{w.translate(_TRADITIONAL): v for w, v in group.items()}, **group}
    return tuple(dict.fromkeys(w for word in group for w in (word, word.translate(_TRADITIONAL))))


CURRENCIES, SCALES, MULTIPLE_WORDS = map(_with_traditional, (CURRENCIES, SCALES, MULTIPLE_WORDS))
GROWTH, DECLINE, CAGR, YOY, QOQ, ESTIMATE, BASE, PRIOR_YEAR, THRESHOLD, LOWER_BOUND, APPROXIMATE, CONTINUATION, \
    MEASURES, PUBLICATION, CHANGE_HEADERS, SHARE_HEADERS, REGIONS = map(
        _with_traditional, (GROWTH, DECLINE, CAGR, YOY, QOQ, ESTIMATE, BASE, PRIOR_YEAR, THRESHOLD, LOWER_BOUND,
                            APPROXIMATE, CONTINUATION, MEASURES, PUBLICATION, CHANGE_HEADERS, SHARE_HEADERS, REGIONS))


def whole_words(group) -> str:
    """A regular-expression alternation of ``group``'s words, a Latin word only where it stands whole ("sees", not the
    end of "oversees"), a Chinese one anywhere, after a Latin letter too ("WSTS預計"); read case-insensitively.

    Examples
    --------
    >>> import re
    >>> [bool(re.search(whole_words(("sees", "預計")), t, re.IGNORECASE)) for t in ("oversees", "WSTS預計", "it sees")]
    [False, True, True]
    """
    latin = [w for w in group if w.isascii()]
    other = [w for w in group if not w.isascii()]
    alternatives = ([r"(?<![a-z])(?:" + words(latin) + r")(?![a-z])"] if latin else []) + ([words(other)] if other else [])
    return "(?:" + "|".join(alternatives) + ")"


def words(group) -> str:
    """A regular-expression alternation of ``group``'s words, longest first (so "年复合增长率" wins over "年复合")."""
    import re

    return "|".join(re.escape(w) for w in sorted(group, key=len, reverse=True))
