"""Build the lavka store (Лавка «Дом и Спорт», Yekaterinburg, RUB, Russian pages and catalog).

``build.py`` calls :func:`build_lavka`; it writes ``lavka/store/products.csv`` and the store's .docx and .pdf
pages (texts in ``pages_lavka.py``), the same bytes on every run. The .md, .html and .txt pages and
``orders.jsonl`` are hand-written files beside them.

The products are 21 DummyJSON products (MIT) of the types Sports Accessories, Furniture and Home Decoration
that neither gadgets nor bereket uses. Left out: the cars and motorcycles (Vehicles, Motorcycles: no sports
and home shop sells a Dodge Durango), the cricket gear (hardly sold in Russia), the table lamp and the office
chair (gadgets has them). Titles, descriptions, types and tags are put into Russian; the description is
DummyJSON's first paragraph in Russian plus the sizes or dimensions a Russian shop states (DummyJSON gives
none; written for this store), without DummyJSON's random warranty, shipping and returns lines (the shop's
pages state those). Prices are converted to roubles as Russian shops price (:func:`to_rub`). Some products get
real variants (ball sizes, a racket's weight, a bat's length, a pot's colour, a bed's sleeping area, a sofa's
upholstery), some of them at 0; a few products are at 0.
"""

from __future__ import annotations

import math
from pathlib import Path

STORE = "Лавка «Дом и Спорт»"

#: DummyJSON handle -> (Russian title, Russian description, Russian type, Russian tags).
LAVKA_RU = {
    "american-football": ("Мяч для американского футбола", "Классический мяч для американского футбола: удобно "
                          "бросать и ловить. Размер 9 (официальный, для игроков от 14 лет), искусственная кожа.",
                          "Мячи", "мяч, американский футбол, регби"),
    "baseball-ball": ("Бейсбольный мяч", "Стандартный бейсбольный мяч с прочной кожаной покрышкой для подачи, "
                      "отбивания и игры в поле. Окружность 23 см, вес 145 г.", "Бейсбол", "мяч, бейсбол"),
    "baseball-glove": ("Бейсбольная перчатка", "Защитная перчатка бейсболиста для ловли мяча: удобная посадка и "
                       "контроль в игре. Размер 11,5″, на левую руку (для правшей).", "Бейсбол",
                       "перчатка, бейсбол"),
    "basketball": ("Баскетбольный мяч", "Стандартный мяч для ведения, бросков и передач; подходит для зала и "
                   "улицы. Размер 7 — мужской, 6 — женский, 5 — детский (до 12 лет).", "Мячи",
                   "мяч, баскетбол"),
    "basketball-rim": ("Баскетбольное кольцо с сеткой", "Прочное кольцо с сеткой для крепления на щит. "
                       "Диаметр 45 см, сталь 16 мм, крепёж в комплекте. Щит не входит.", "Баскетбол",
                       "баскетбол, кольцо"),
    "feather-shuttlecock": ("Воланы перьевые", "Воланы из натурального пера для бадминтона: стабильный и точный "
                            "полёт на высокой скорости. Туба 6 шт.", "Бадминтон", "бадминтон, воланы"),
    "football": ("Футбольный мяч", "Стандартный мяч для футбола: для ударов и передач. Размер 5 — для взрослых "
                 "и подростков от 12 лет, 4 — для детей 8–12 лет и мини-футбола, 3 — для детей до 8 лет.",
                 "Мячи", "мяч, футбол"),
    "golf-ball": ("Мяч для гольфа", "Мяч для гольфа с «ямочками» на поверхности: они дают подъёмную силу и "
                  "дальность удара. Диаметр 42,7 мм.", "Гольф", "гольф, мяч"),
    "iron-golf": ("Клюшка для гольфа (айрон)", "Клюшка-айрон с цельной металлической головкой для подходов к "
                  "грину, чипов и других ударов. Айрон №7, длина 94 см.", "Гольф", "гольф, клюшка"),
    "metal-baseball-bat": ("Бита бейсбольная металлическая", "Прочная и лёгкая бита из алюминиевого сплава для "
                           "игры и тренировок. Длина на выбор: 66, 71 или 76 см.", "Бейсбол", "бейсбол, бита"),
    "tennis-ball": ("Мячи для большого тенниса", "Стандартные мячи для большого тенниса для игры и "
                    "тренировок. Банка 3 шт., под давлением.", "Теннис", "теннис, мяч"),
    "tennis-racket": ("Ракетка для большого тенниса", "Ракетка со струнами и обмоткой на ручке для игры и "
                      "тренировок. Головка 645 см², длина 68,5 см, струны натянуты. Вес на выбор: 270 г или "
                      "300 г (без струн).", "Теннис", "теннис, ракетка"),
    "volleyball": ("Волейбольный мяч", "Стандартный мяч для волейбола: приём, передача и нападающий удар через "
                   "сетку. Размер 5, клеёный.", "Мячи", "мяч, волейбол"),
    "annibale-colombo-bed": ("Кровать Annibale Colombo", "Роскошная и элегантная кровать из качественных "
                             "материалов для удобной и стильной спальни. Мягкое изголовье высотой 110 см, "
                             "ортопедическое основание в комплекте, матрас не входит. Спальное место 160×200 "
                             "или 180×200 см.", "Кровати", "мебель, кровать, спальня"),
    "annibale-colombo-sofa": ("Диван Annibale Colombo", "Изысканный и удобный диван с премиальной обивкой для "
                              "гостиной. Трёхместный, прямой, без механизма трансформации. Ширина 228 см, "
                              "глубина 98 см, высота 86 см, высота сиденья 45 см.", "Диваны",
                              "мебель, диван, гостиная"),
    "bedside-table-african-cherry": ("Прикроватная тумба «Африканская вишня»", "Стильная и практичная тумба для "
                                     "спальни: место для хранения и элегантный вид. Один ящик и открытая полка, "
                                     "шпон вишни. 45 × 40 × 55 см (Ш × Г × В).", "Тумбы",
                                     "мебель, тумба, спальня"),
    "wooden-bathroom-sink-with-mirror": ("Тумба с раковиной и зеркалом, дерево", "Необычная и стильная мебель "
                                         "для ванной: деревянная столешница с раковиной и зеркало в тон. "
                                         "Ширина 60 см, зеркало 60 × 80 см, смеситель не входит.",
                                         "Мебель для ванной", "мебель, ванная, раковина, зеркало"),
    "decoration-swing": ("Декоративные качели", "Очаровательный элемент декора с тонкой проработкой деталей: "
                         "добавит комнате элегантности и немного игривости.", "Декор",
                         "декор, интерьер"),
    "family-tree-photo-frame": ("Фоторамка «Семейное дерево»", "Трогательная и стильная рамка для семейных "
                                "фотографий: несколько окошек расскажут историю вашей семьи. 6 фото 10 × 15 "
                                "см.", "Декор", "декор, фоторамка"),
    "house-showpiece-plant": ("Искусственное растение в горшке", "Искусственное растение добавит дому зелени "
                              "без всякого ухода. Высота 45 см, горшок в комплекте.", "Декор",
                              "декор, искусственные растения"),
    "plant-pot": ("Кашпо", "Стильное кашпо для любимых растений: лаконичный дизайн для дома и балкона. Диаметр "
                  "18 см, высота 16 см, пластик.", "Декор", "декор, цветы, кашпо"),
}

#: Products with real variants: handle -> (option name, [(value, price in roubles or None for the product's
#: converted price, stock)]). Stock chosen for a small shop; the zeros make a sold-out variant next to ones
#: in stock.
LAVKA_VARIANTS = {
    "football": ("Размер", [("3", None, 9), ("4", None, 0), ("5", None, 23)]),
    "basketball": ("Размер", [("5", None, 6), ("6", None, 0), ("7", None, 14)]),
    "metal-baseball-bat": ("Длина", [("66 см", None, 5), ("71 см", None, 8), ("76 см", None, 3)]),
    "tennis-racket": ("Вес", [("270 г", None, 4), ("300 г", None, 0)]),
    "plant-pot": ("Цвет", [("Белый", None, 17), ("Серый", None, 11), ("Терракотовый", None, 0)]),
    "annibale-colombo-bed": ("Спальное место", [("160×200", None, 3), ("180×200", 184990, 2)]),
    "annibale-colombo-sofa": ("Обивка", [("Велюр, графит", None, 4), ("Рогожка, бежевый", None, 0),
                                         ("Экокожа, коньяк", 239990, 2)]),
}
#: Single products at 0 in this shop (DummyJSON's volleyball is already at 0).
LAVKA_SOLD_OUT = {"volleyball", "iron-golf", "decoration-swing"}

_RU_LAT = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
           "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
           "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
           "ь": "", "э": "e", "ю": "yu", "я": "ya"}


def ru_slug(text: str) -> str:
    """A Russian title as a handle, transliterated the way Russian shops write their URLs (мяч -> myach)."""
    from build import slugify

    return slugify("".join(_RU_LAT.get(ch, ch) for ch in text.lower()))


def to_rub(usd: str) -> int:
    """DummyJSON's dollar price -> a rouble shelf price: 90 roubles to the dollar, rounded up to the hundred,
    minus 10 (19.99 -> 1 790; 1899.99 -> 170 990), the "...90" endings Russian shops use."""
    return math.ceil(round(float(usd) * 90, 4) / 100) * 100 - 10


def build_lavka(src_csv: Path, out: Path) -> None:
    """Pick LAVKA_RU's products from the DummyJSON store (source order), in Russian, priced in roubles, one row
    per variant (LAVKA_VARIANTS), stock as given except LAVKA_SOLD_OUT; then the store's .docx/.pdf pages."""
    from build import DUMMYJSON_STORE, read_rows, write_docx, write_pdf, write_rows
    from pages_lavka import LAVKA_DOCUMENTS

    rows = {r["Handle"]: r for r in read_rows(src_csv)}
    missing = [h for h in LAVKA_RU if h not in rows]
    assert not missing, f"not in {src_csv}: {missing}"
    out_rows = []
    for handle in sorted(LAVKA_RU, key=list(rows).index):
        src = rows[handle]
        title, body, ptype, tags = LAVKA_RU[handle]
        base = {**src, "Handle": ru_slug(title), "Title": title, "Body (HTML)": f"<p>{body}</p>", "Type": ptype,
                "Tags": tags, "Variant Price": f"{to_rub(src['Variant Price']):.2f}",
                "Variant Compare At Price": ""}
        if base["Vendor"] == DUMMYJSON_STORE:
            base["Vendor"] = STORE
        if handle not in LAVKA_VARIANTS:
            if handle in LAVKA_SOLD_OUT:
                base["Variant Inventory Qty"] = "0"
            out_rows.append(base)
            continue
        name, variants = LAVKA_VARIANTS[handle]
        for i, (value, price, qty) in enumerate(variants):
            r = dict(base) if i == 0 else {
                k: base[k] for k in ("Handle", "Variant Inventory Tracker", "Variant Inventory Policy",
                                     "Variant Fulfillment Service", "Variant Requires Shipping", "Variant Taxable")}
            r.update({"Option1 Name": name if i == 0 else "", "Option1 Value": value,
                      "Variant SKU": f"{src['Variant SKU']}-{i + 1}", "Variant Inventory Qty": str(qty),
                      "Variant Price": f"{price if price else to_rub(src['Variant Price']):.2f}"})
            out_rows.append(r)
    write_rows(out / "products.csv", out_rows)
    for name, (title, blocks) in LAVKA_DOCUMENTS.items():
        path = out / name
        (write_pdf if path.suffix == ".pdf" else write_docx)(path, title, blocks)
