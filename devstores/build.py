"""Build the development stores' generated files from ../shared/data/dev_store_catalogs and ../shared/eval.

Run from anywhere: ``python devstores/build.py`` (optional ``--src DIR``: the dev_store_catalogs folder;
``--dummyjson FILE``: the DummyJSON store's products.csv).
It writes, and overwrites on every run (same input, same bytes):

- ``apparel/store/products.csv``  Shopify's apparel + jewelry sample products merged, inventory made tracked
  with deterministic quantities (the sample file leaves inventory untracked), product types filled in for
  the apparel rows (the sample leaves Type empty).
- ``casa/store/products.csv``     Shopify's home-and-garden sample products, titles and descriptions put into
  Brazilian Portuguese, prices converted to BRL, inventory made tracked with the sample's own quantities.
- ``vendure/store/products.csv``  Vendure's sample catalog converted to Shopify's product CSV export format.
- ``gadgets/store/products.csv``  58 of the DummyJSON store's products (electronics, watches, sunglasses,
  small appliances), prices and stock as given, descriptions without DummyJSON's per-product
  warranty/shipping/returns lines (the shop's own pages state those by category).
- ``bereket/store/products.csv``  56 other DummyJSON products (groceries, kitchen accessories, personal care)
  with Turkish titles, descriptions, types and tags, prices read as euros, stock as given but three sold out.
- ``lavka/store/products.csv``    21 other DummyJSON products (sports gear, furniture, home decoration) in
  Russian, priced in roubles, some with variants: see build_lavka.py (it also writes lavka's .docx/.pdf).
- the .docx and .pdf pages of each store (python-docx and reportlab, fixed timestamps).

The .md and .html pages and every ``orders.jsonl`` are hand-written files next to these; this script does not
touch them. Why each conversion rule is what it is: see devstores/README.md.

The catalogs' licences allow tests only (Shopify's samples carry no licence; Vendure's is GPL-3.0; DummyJSON's
is MIT, its notice kept in ../shared/eval/dummyjson-store/LICENSE): nothing built here may ship inside a
package.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import math
import re
import unicodedata
import zipfile
from datetime import datetime
from pathlib import Path

from build_lavka import build_lavka

HERE = Path(__file__).resolve().parent
DEFAULT_SRC = HERE.parent.parent / "shared" / "data" / "dev_store_catalogs"
DEFAULT_DUMMYJSON = HERE.parent.parent / "shared" / "eval" / "dummyjson-store" / "store" / "products.csv"

# Shopify's product CSV export header (the long-standing dialect, as the partner samples use it).
SHOPIFY_HEADER = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Type", "Tags", "Published", "Option1 Name", "Option1 Value",
    "Option2 Name", "Option2 Value", "Option3 Name", "Option3 Value", "Variant SKU", "Variant Grams",
    "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy",
    "Variant Fulfillment Service", "Variant Price", "Variant Compare At Price", "Variant Requires Shipping",
    "Variant Taxable", "Variant Barcode", "Image Src", "Image Position", "Image Alt Text", "Gift Card",
    "SEO Title", "SEO Description", "Google Shopping / Google Product Category", "Google Shopping / Gender",
    "Google Shopping / Age Group", "Google Shopping / MPN", "Google Shopping / AdWords Grouping",
    "Google Shopping / AdWords Labels", "Google Shopping / Condition", "Google Shopping / Custom Product",
    "Google Shopping / Custom Label 0", "Google Shopping / Custom Label 1", "Google Shopping / Custom Label 2",
    "Google Shopping / Custom Label 3", "Google Shopping / Custom Label 4", "Variant Image",
    "Variant Weight Unit", "Variant Tax Code",
]
FIXED_TIME = datetime(2026, 9, 1, 9, 0, 0)


def read_rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def write_rows(path: Path, rows: list[dict[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=SHOPIFY_HEADER, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: r.get(k, "") for k in SHOPIFY_HEADER})
    path.write_text(buf.getvalue(), encoding="utf-8")


def is_variant_row(r: dict[str, str]) -> bool:
    """Rows holding a price are variants; image-only rows (Image Src, Image Position) are not."""
    return bool((r.get("Variant Price") or "").strip())


def stable_qty(key: str, lo: int = 3, hi: int = 24) -> int:
    """A quantity in [lo, hi] that depends only on ``key`` (SHA-1), so every run writes the same number."""
    return lo + int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % (hi - lo + 1)


def slugify(text: str) -> str:
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# ---------------------------------------------------------------------------------------------------------
# apparel: Harbor & Thread (US, USD, English pages)
# ---------------------------------------------------------------------------------------------------------

#: The apparel sample leaves Type empty; a store has one. Filled in from the title.
APPAREL_TYPES = {
    "ocean-blue-shirt": "Shirts", "classic-varsity-top": "Tops", "yellow-wool-jumper": "Knitwear",
    "floral-white-top": "Tops", "striped-silk-blouse": "Tops", "classic-leather-jacket": "Jackets",
    "dark-denim-top": "Tops", "navy-sport-jacket": "Jackets", "dark-winter-jacket": "Jackets",
    "black-leather-bag": "Bags", "zipped-jacket": "Jackets", "silk-summer-top": "Tops",
    "longsleeve-cotton-top": "Tops", "chequered-red-shirt": "Shirts", "white-cotton-shirt": "Shirts",
    "olive-green-jacket": "Jackets", "blue-silk-tuxedo": "Suits", "red-sports-tee": "Tops",
    "striped-skirt-and-top": "Sets", "led-high-tops": "Shoes",
}
#: Variants sold out in this store. The jewelry sample's own 0 quantities (7 Shakra Bracelet Black, Anchor
#: Bracelet Silver, Gemstone Necklace Purple) are kept; four more are set to 0 so the store has sold-out
#: apparel, a sold-out size next to sizes in stock, and a sold-out single-variant necklace.
APPAREL_SOLD_OUT = {
    ("classic-varsity-top", "Medium"), ("navy-sport-jacket", "Default Title"),
    ("led-high-tops", "Default Title"), ("gold-bird-necklace", "Default Title"),
}


def build_apparel(src: Path, out: Path) -> None:
    rows = read_rows(src / "shopify_partner_sample_products" / "apparel.csv")
    rows += read_rows(src / "shopify_partner_sample_products" / "jewelery.csv")
    for r in rows:
        if r["Title"] and r["Handle"] in APPAREL_TYPES and not r["Type"]:
            r["Type"] = APPAREL_TYPES[r["Handle"]]
        if not is_variant_row(r):
            continue
        value = r["Option1 Value"] or "Default Title"
        given_zero = (r["Variant Inventory Qty"] or "").strip() == "0"
        r["Variant Inventory Tracker"] = "shopify"
        if given_zero or (r["Handle"], value) in APPAREL_SOLD_OUT:
            r["Variant Inventory Qty"] = "0"
        else:
            r["Variant Inventory Qty"] = str(stable_qty(f"{r['Handle']}/{value}"))
    write_rows(out / "products.csv", rows)


# ---------------------------------------------------------------------------------------------------------
# casa: Casa Jabuticaba (Brazil, BRL, Portuguese pages and catalog)
# ---------------------------------------------------------------------------------------------------------

#: source handle -> (Portuguese title, Portuguese description, Portuguese type, Portuguese tags)
CASA_PT = {
    "clay-plant-pot": ("Vaso de Barro", "Vaso clássico de barro queimado para plantas.", "Jardim",
                       "Vaso, Plantas"),
    "copper-light": ("Luminária de Cobre", "Luminária de cabeceira em cobre, elegante e moderna.", "Casa",
                     "Cobre, Quarto, Iluminação"),
    "cream-sofa": ("Sofá Creme", "Sofá creme confortável com base de madeira.", "Casa", "Sofá, Madeira"),
    "antique-drawers": ("Cômoda Antiga", "Cômoda antiga de madeira maciça com gavetas.", "Casa",
                        "Antiguidade, Quarto, Madeira"),
    "white-bed-clothes": ("Jogo de Cama Branco", "Jogo de cama branco, liso e elegante.", "Casa",
                          "Cama, Quarto"),
    "pink-armchair": ("Poltrona Rosa", "Poltrona rosa estofada, charmosa e confortável.", "Casa", "Poltrona"),
    "wooden-outdoor-table": ("Mesa de Madeira para Jardim", "Mesa de madeira para jardim e área externa.",
                             "Jardim", "Madeira, Jardim, Mesa"),
    "brown-throw-pillows": ("Almofadas Marrons", "Almofadas decorativas marrons.", "Casa", "Almofadas"),
    "white-ceramic-pot": ("Vaso de Cerâmica Branco", "Vaso de cerâmica branco feito à mão, para flores.",
                          "Casa", "Vaso, Plantas"),
    "yellow-watering-can": ("Regador Amarelo", "Regador vintage em amarelo vibrante.", "Jardim", "Plantas"),
    "gardening-hand-trowel": ("Pá de Jardinagem", "Pá de jardinagem de metal com cabo de madeira.", "Jardim",
                              "Plantas, Ferramentas"),
    "biodegradable-cardboard-pots": ("Vasos Biodegradáveis de Papelão",
                                     "Vasos de papelão biodegradáveis para mudas, uso externo.", "Jardim",
                                     "Jardim, Plantas"),
    "grey-sofa": ("Sofá Cinza", "Sofá grande cinza de quatro lugares.", "Casa", "Sofá"),
    "wooden-outdoor-slats": ("Ripas de Madeira", "Ripas de madeira para cercas e painéis externos.",
                             "Jardim", "Madeira, Jardim"),
    "wooden-fence": ("Cerca de Madeira", "Cerca de madeira para jardim.", "Jardim", "Jardim, Madeira"),
    "yellow-sofa": ("Sofá Amarelo", "Sofá amarelo de dois lugares com pés de madeira.", "Casa", "Sofá"),
    "knitted-throw-pillows": ("Almofadas de Tricô", "Almofadas de tricô feitas à mão, em várias cores.",
                              "Casa", "Almofadas"),
    "vanilla-candle": ("Vela de Baunilha", "Vela perfumada de baunilha no pote de vidro.", "Casa", "Vela"),
    "black-bean-bag": ("Puff Preto", "Puff de couro sintético preto.", "Casa", "Preto, Couro"),
    "bedside-table": ("Mesa de Cabeceira", "Mesa de cabeceira de madeira.", "Casa", "Madeira, Quarto"),
}
CASA_SIZES = {"Regular": "Médio", "Large": "Grande"}


def to_brl(usd: str) -> str:
    """USD sample price -> a BRL shelf price: five times, rounded up to the real, minus 10 centavos
    (9.99 -> 49.90, 500 -> 2499.90), the way Brazilian shops price."""
    if not usd.strip():
        return ""
    return f"{math.ceil(round(float(usd) * 5, 4)) - 0.10:.2f}"


def build_casa(src: Path, out: Path) -> None:
    rows = read_rows(src / "shopify_partner_sample_products" / "home-and-garden.csv")
    for r in rows:
        src_handle = r["Handle"]
        title, body, ptype, tags = CASA_PT[src_handle]
        r["Handle"] = slugify(title)
        if r["Title"]:
            r["Title"], r["Body (HTML)"], r["Type"], r["Tags"] = title, f"<p>{body}</p>", ptype, tags
        if r["Option1 Name"] == "Size":
            r["Option1 Name"] = "Tamanho"
        if r["Option1 Value"] in CASA_SIZES:
            r["Option1 Value"] = CASA_SIZES[r["Option1 Value"]]
        if not is_variant_row(r):
            continue
        r["Variant Price"] = to_brl(r["Variant Price"])
        r["Variant Compare At Price"] = to_brl(r["Variant Compare At Price"])
        r["Variant Inventory Tracker"] = "shopify"  # quantities as given by the sample
    write_rows(out / "products.csv", rows)


# ---------------------------------------------------------------------------------------------------------
# vendure: Vértice (Spain, EUR, Spanish pages; the catalog keeps Vendure's English titles)
# ---------------------------------------------------------------------------------------------------------

OPTION_NAMES = {"screen size": "Screen size", "ram": "RAM", "storage": "Storage", "monitor size": "Monitor size",
                "size": "Size", "cpu": "CPU", "hdd": "HDD", "color": "Color"}
COLOR_NAMES = {"blue": "Blue", "pink": "Pink", "white": "White", "black": "Black"}
#: Vendure gives every variant 100 on hand. These variants are set to 0 (sold out) so the store has sold-out
#: variants next to variants in stock, and the one-off vintage cameras get 1-2 (they are single pieces).
VENDURE_STOCK = {
    "laptop/15 inch|16GB": 0, "gaming-pc/R7-2700|120GB SSD": 0, "hard-drive/6TB": 0,
    "ultraboost-running-shoe/42|Pink": 0, "ultraboost-running-shoe/44|Blue": 0,
    "pureboost-running-shoe/40|White": 0, "freerun-running-shoe/46|Black": 0, "allstar-sneakers/42|Black": 0,
    "modern-cafe-chair/mint": 0, "orchid/": 0, "instant-camera/": 0,
    "vintage-folding-camera/": 1, "nikkormat-slr-camera/": 1, "twin-lens-camera/": 2,
}
STORE_VENDOR = "Vértice"


def _vendure_products(path: Path) -> list[dict]:
    """Vendure's import CSV (padded columns; a product row then its extra variant rows) -> product dicts."""
    with open(path, newline="", encoding="utf-8") as fh:
        raw = [{k.strip(): (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]
    products: list[dict] = []
    for row in raw:
        if row["name"]:
            products.append({**row, "variants": []})
        products[-1]["variants"].append(row)
    return products


def build_vendure(src: Path, out: Path) -> None:
    rows: list[dict[str, str]] = []
    for p in _vendure_products(src / "vendure_sample_catalog" / "products.csv"):
        facets = [f.split(":", 1) for f in p["facets"].split("|") if ":" in f]
        cats = [v for k, v in facets if k == "category"]
        brand = next((v for k, v in facets if k == "brand"), "")
        colors = [COLOR_NAMES.get(v, v.capitalize()) for k, v in facets if k == "color"]
        groups = [g for g in p["optionGroups"].split("|") if g]
        names = [OPTION_NAMES.get(g.lower(), g) for g in groups]
        variants: list[tuple[list[str], dict]] = []
        for v in p["variants"]:
            values = [x for x in v["optionValues"].split("|") if x]
            if names == ["Size"]:
                values = [re.sub(r"^Size\s+", "", x) for x in values]
            variants.append((values, v))
        # Footwear: Vendure puts the colour in facets. A shoe in one colour gets Color as its second option;
        # a shoe with two colour facets is sold in each colour, so every size comes in both (same SKU stem).
        if names == ["Size"] and colors:
            names = ["Size", "Color"]
            variants = [(vals + [c], v) for c in colors for vals, v in variants]
        tags = cats[1:] + [f"{k.capitalize()}: {v}" for k, v in facets if k not in ("category", "brand")]
        if brand:
            tags.append(brand)
        for i, (values, v) in enumerate(variants):
            key = f"{p['slug']}/{'|'.join(values)}"
            sku = v["sku"] + (f"-{values[1][:2].upper()}" if len(names) == 2 and names[1] == "Color" else "")
            r = {
                "Handle": p["slug"],
                "Option1 Name": names[0] if i == 0 and names else "",
                "Option1 Value": values[0] if values else "Default Title",
                "Option2 Name": names[1] if i == 0 and len(names) > 1 else "",
                "Option2 Value": values[1] if len(values) > 1 else "",
                "Variant SKU": sku, "Variant Grams": "0", "Variant Inventory Tracker": "shopify",
                "Variant Inventory Qty": str(VENDURE_STOCK.get(key, int(v["stockOnHand"] or 0))),
                "Variant Inventory Policy": "deny", "Variant Fulfillment Service": "manual",
                "Variant Price": f"{float(v['price']):.2f}", "Variant Requires Shipping": "true",
                "Variant Taxable": "true", "Variant Weight Unit": "kg",
            }
            if i == 0:
                r.update({"Title": p["name"], "Body (HTML)": f"<p>{p['description']}</p>",
                          "Vendor": brand or STORE_VENDOR, "Type": cats[-1] if cats else "",
                          "Tags": ", ".join(tags), "Published": "true", "Gift Card": "false",
                          "Option1 Name": names[0] if names else "Title"})
            rows.append(r)
    write_rows(out / "products.csv", rows)


# ---------------------------------------------------------------------------------------------------------
# gadgets: Lakeshore Gadget Co. (Milwaukee, USD, English pages; DummyJSON products)
# ---------------------------------------------------------------------------------------------------------

#: The products this shop sells, by DummyJSON handle: an electronics and lifestyle shop (phones, laptops,
#: tablets, audio and accessories, watches, sunglasses, small kitchen appliances, a lamp, a backpack, an
#: office chair). Groceries, cosmetics, vehicles, clothes and sports gear are left out.
GADGETS_HANDLES = (
    "iphone-5s", "iphone-6", "iphone-13-pro", "iphone-x", "oppo-a57", "oppo-f19-pro-plus", "oppo-k1",
    "realme-c35", "realme-x", "realme-xt", "samsung-galaxy-s7", "samsung-galaxy-s8", "samsung-galaxy-s10",
    "vivo-s1", "vivo-v9", "vivo-x21",
    "apple-macbook-pro-14-inch-space-grey", "asus-zenbook-pro-dual-screen-laptop", "huawei-matebook-x-pro",
    "lenovo-yoga-920", "new-dell-xps-13-9300-laptop",
    "ipad-mini-2021-starlight", "samsung-galaxy-tab-s8-plus-grey", "samsung-galaxy-tab-white",
    "amazon-echo-plus", "apple-airpods", "apple-airpods-max-silver", "apple-airpower-wireless-charger",
    "apple-homepod-mini-cosmic-grey", "apple-iphone-charger", "apple-magsafe-battery-pack",
    "apple-watch-series-4-gold", "beats-flex-wireless-earphones", "iphone-12-silicone-case-with-magsafe-plum",
    "monopod", "selfie-lamp-with-iphone", "selfie-stick-monopod", "tv-studio-camera-pedestal",
    "black-sun-glasses", "classic-sun-glasses", "green-and-black-glasses", "party-glasses", "sunglasses",
    "brown-leather-belt-watch", "longines-master-collection", "rolex-datejust", "rolex-submariner-watch",
    "iwc-ingenieur-automatic-steel", "rolex-datejust-women", "watch-gold-for-women", "women-s-wrist-watch",
    "boxed-blender", "hand-blender", "electric-stove", "microwave-oven",
    "table-lamp", "white-faux-leather-backpack", "knoll-saarinen-executive-conference-chair",
)
GADGETS_STORE = "Lakeshore Gadget Co."
DUMMYJSON_STORE = "DummyJSON Demo Store"


def build_gadgets(src_csv: Path, out: Path) -> None:
    """Pick GADGETS_HANDLES from the DummyJSON store (source order), keep titles, prices, stock, types, tags
    and images; the description keeps its first paragraph only (DummyJSON's per-product warranty, shipping
    and returns lines would contradict the shop's pages); products without a brand get the shop as vendor."""
    rows = {r["Handle"]: r for r in read_rows(src_csv)}
    missing = [h for h in GADGETS_HANDLES if h not in rows]
    assert not missing, f"not in {src_csv}: {missing}"
    out_rows = []
    for handle in sorted(GADGETS_HANDLES, key=list(rows).index):
        r = dict(rows[handle])
        first = re.match(r"\s*(<p>.*?</p>)", r["Body (HTML)"], re.S)
        r["Body (HTML)"] = first.group(1) if first else ""
        if r["Vendor"] == DUMMYJSON_STORE:
            r["Vendor"] = GADGETS_STORE
        out_rows.append(r)
    write_rows(out / "products.csv", out_rows)


# ---------------------------------------------------------------------------------------------------------
# bereket: Bereket Market (Berlin, EUR, Turkish pages and catalog; DummyJSON groceries, kitchen, personal care)
# ---------------------------------------------------------------------------------------------------------

#: DummyJSON handle -> (Turkish title, Turkish description, Turkish type, Turkish tags). The products are the
#: DummyJSON groceries, kitchen accessories and skin care that no other store uses (gadgets took the blenders,
#: the stove and the microwave). The descriptions are DummyJSON's first paragraph put into Turkish, with the
#: pack size or the dimensions a grocery shop states (DummyJSON gives none); its per-product warranty,
#: shipping and returns lines are dropped (random, and the shop's pages state those by product group).
BEREKET_TR = {
    "apple": ("Elma", "Taze ve kıtır elma; ara öğün için ya da tatlı ve salatalarda. 1 kg.", "Meyve & Sebze",
              "meyve"),
    "beef-steak": ("Dana Biftek", "Izgara ya da tavada dilediğiniz kıvamda pişirmeye uygun, helal kesim dana "
                   "biftek. 500 g, vakumlu paket.", "Et, Tavuk & Balık", "et, helal, soğutmalı"),
    "cat-food": ("Kedi Maması", "Yetişkin kedilerin beslenme ihtiyacına göre hazırlanmış kuru mama. 1,5 kg.",
                 "Evcil Hayvan", "evcil hayvan, kedi maması"),
    "chicken-meat": ("Tavuk Eti", "Taze ve yumuşak, helal kesim kemiksiz tavuk but eti; her türlü yemeğe "
                     "uygun. 1 kg.", "Et, Tavuk & Balık", "tavuk, helal, soğutmalı"),
    "cooking-oil": ("Ayçiçek Yağı", "Kızartma, sote ve tüm yemekler için çok amaçlı ayçiçek yağı. 1 L.",
                    "Temel Gıda", "yağ, temel gıda"),
    "cucumber": ("Salatalık", "Salata, cacık ya da ara öğün için taze ve sulu salatalık. 1 kg.",
                 "Meyve & Sebze", "sebze"),
    "dog-food": ("Köpek Maması", "Köpeğinizin ihtiyaç duyduğu temel besinleri içeren kuru mama. 3 kg.",
                 "Evcil Hayvan", "evcil hayvan, köpek maması"),
    "eggs": ("Yumurta", "Kahvaltı, hamur işi ve yemekler için taze yumurta. 10'lu, M boy.",
             "Süt Ürünleri & Yumurta", "yumurta, soğutmalı"),
    "fish-steak": ("Balık Dilim", "Izgara, fırın ya da tavada pişirmeye uygun dilimlenmiş balık. 400 g.",
                   "Et, Tavuk & Balık", "balık, soğutmalı"),
    "green-bell-pepper": ("Dolmalık Biber", "Yemeklerinize renk ve lezzet katan taze yeşil dolmalık biber. "
                          "500 g.", "Meyve & Sebze", "sebze, biber"),
    "green-chili-pepper": ("Yeşil Acı Biber", "Tariflerinize acı katmak için taze yeşil acı biber. 250 g.",
                           "Meyve & Sebze", "sebze, biber"),
    "honey-jar": ("Kavanoz Bal", "Saf ve doğal çiçek balı; çaya, kahvaltıya ya da tatlılara. 450 g cam "
                  "kavanoz.", "Temel Gıda", "bal, kahvaltılık"),
    "ice-cream": ("Dondurma", "Kremalı, vanilyalı dondurma. 500 ml.", "Dondurulmuş Ürünler",
                  "dondurma, soğutmalı"),
    "juice": ("Meyve Suyu", "Vitamin dolu, ferahlatıcı karışık meyve suyu. 1 L pet şişe.", "İçecekler",
              "içecek, meyve suyu, depozitolu"),
    "kiwi": ("Kivi", "Besleyici kivi; ara öğün ya da meyve salatası için. 500 g.", "Meyve & Sebze", "meyve"),
    "lemon": ("Limon", "Yemek, tatlı ve limonata için sulu limon. 500 g file.", "Meyve & Sebze", "meyve"),
    "milk": ("Süt", "Günlük tüketim ve tarifler için taze tam yağlı süt (%3,5 yağ). 1 L.",
             "Süt Ürünleri & Yumurta", "süt, soğutmalı"),
    "mulberry": ("Dut", "Tatlı ve sulu beyaz dut; ara öğün, tatlı ve kahvaltı için. 250 g kutu. Mevsimlik "
                 "ürün.", "Meyve & Sebze", "meyve, mevsimlik"),
    "nescafe-coffee": ("Nescafe Kahve", "Nescafe'nin zengin aromalı hazır kahvesi. 200 g kavanoz.",
                       "Temel Gıda", "kahve, içecek"),
    "potatoes": ("Patates", "Fırın, püre ya da garnitür için çok yönlü patates. 2 kg file.", "Meyve & Sebze",
                 "sebze"),
    "protein-powder": ("Protein Tozu", "Beslenmenizi protein ile desteklemek için vanilya aromalı protein "
                       "tozu. 750 g.", "Temel Gıda", "protein, takviye"),
    "red-onions": ("Kırmızı Soğan", "Salata ve yemeklere derinlik katan aromatik kırmızı soğan. 1 kg file.",
                   "Meyve & Sebze", "sebze, soğan"),
    "rice": ("Pirinç", "Pilav ve tüm mutfaklar için kaliteli baldo pirinç. 1 kg.", "Temel Gıda",
             "pirinç, bakliyat"),
    "soft-drinks": ("Gazlı İçecek", "Karışık gazlı içecek paketi: kola, portakal ve limon aromalı. "
                    "4 x 330 ml kutu.", "İçecekler", "içecek, depozitolu"),
    "strawberry": ("Çilek", "Tatlı ve sulu çilek; tatlı, smoothie ya da ara öğün için. 400 g kutu.",
                   "Meyve & Sebze", "meyve"),
    "tissue-paper-box": ("Kutu Mendil", "Günlük kullanım için yumuşak ve emici kutu mendil. 100 çekim.",
                         "Ev & Temizlik", "kağıt ürünleri"),
    "water": ("Doğal Kaynak Suyu", "Gün boyu ferahlık için doğal kaynak suyu. 1,5 L pet şişe.", "İçecekler",
              "içecek, su, depozitolu"),
    "bamboo-spatula": ("Bambu Spatula", "Çevre dostu bambudan çok amaçlı spatula; çevirmek, karıştırmak ve "
                       "servis için. 30 cm.", "Mutfak Gereçleri", "mutfak gereçleri, bambu"),
    "black-aluminium-cup": ("Siyah Alüminyum Bardak", "Sıcak ve soğuk içeceklere uygun, şık ve dayanıklı "
                            "siyah alüminyum bardak. 350 ml.", "Sofra & Servis", "bardak, siyah"),
    "black-whisk": ("Siyah Çırpma Teli", "Yumurta, krema ve hamur çırpmak için ergonomik saplı siyah çırpma "
                    "teli. 27 cm.", "Mutfak Gereçleri", "mutfak gereçleri, siyah"),
    "carbon-steel-wok": ("Karbon Çelik Wok Tava", "Sote, kızartma ve wok yemekleri için karbon çelik wok; ısıyı "
                         "eşit dağıtır. 30 cm, indüksiyon dahil tüm ocaklara uygun.", "Pişirme",
                         "tava, wok, pişirme"),
    "chopping-board": ("Kesme Tahtası", "Gıda hazırlığı için dayanıklı ve hijyenik kesme tahtası. 40 x 25 cm.",
                       "Mutfak Gereçleri", "mutfak gereçleri"),
    "citrus-squeezer-yellow": ("Sarı Narenciye Sıkacağı", "Limon ve portakal suyunu kolayca sıkan sarı "
                               "narenciye sıkacağı.", "Mutfak Gereçleri", "mutfak gereçleri, sarı"),
    "egg-slicer": ("Yumurta Dilimleyici", "Haşlanmış yumurtayı eşit dilimler; salata ve sandviçler için.",
                   "Mutfak Gereçleri", "mutfak gereçleri"),
    "fine-mesh-strainer": ("İnce Gözlü Süzgeç", "Sıvıları süzmek ve kuru malzemeleri elemek için ince gözlü "
                           "süzgeç. 20 cm.", "Mutfak Gereçleri", "mutfak gereçleri, süzgeç"),
    "fork": ("Yemek Çatalı", "Günlük kullanım için ergonomik, dayanıklı paslanmaz çelik yemek çatalı.",
             "Sofra & Servis", "çatal bıçak"),
    "glass": ("Cam Bardak", "Her türlü içecek için şeffaf cam bardak. 250 ml.", "Sofra & Servis",
              "bardak, cam"),
    "grater-black": ("Siyah Rende", "Peynir, sebze ve daha fazlası için keskin bıçaklı siyah rende.",
                     "Mutfak Gereçleri", "mutfak gereçleri, siyah"),
    "ice-cube-tray": ("Buz Kalıbı", "İçecekleriniz için farklı şekillerde buz yapan buz kalıbı.",
                      "Mutfak Gereçleri", "mutfak gereçleri"),
    "kitchen-sieve": ("Mutfak Eleği", "Un ve diğer kuru ya da ıslak malzemeleri elemek için ince telli elek. "
                      "18 cm.", "Mutfak Gereçleri", "mutfak gereçleri, süzgeç"),
    "knife": ("Şef Bıçağı", "Doğramak, dilimlemek ve küp kesmek için keskin, ergonomik saplı şef bıçağı. "
              "20 cm bıçak.", "Mutfak Gereçleri", "bıçak, çatal bıçak"),
    "lunch-box": ("Beslenme Kutusu", "Okul ve iş için bölmeli, taşınabilir beslenme kutusu. 3 bölme, 1,2 L.",
                  "Saklama & Düzen", "saklama"),
    "mug-tree-stand": ("Kupa Askılığı", "Kupalarınızı düzenli ve el altında tutan, yer kazandıran kupa ağacı. "
                       "6 kupalık.", "Saklama & Düzen", "düzenleyici"),
    "pan": ("Yapışmaz Tava", "Kızartma ve sote için yapışmaz kaplamalı tava; kolay temizlenir. 28 cm.",
            "Pişirme", "tava, pişirme"),
    "plate": ("Yemek Tabağı", "Günlük kullanım ve özel günler için dayanıklı porselen yemek tabağı. 27 cm.",
              "Sofra & Servis", "tabak, porselen"),
    "red-tongs": ("Kırmızı Maşa", "Pişirme ve servis için çok amaçlı kırmızı mutfak maşası. 30 cm.",
                  "Mutfak Gereçleri", "mutfak gereçleri, kırmızı"),
    "silver-pot-with-glass-cap": ("Cam Kapaklı Çelik Tencere", "Haşlama ve pişirme için cam kapaklı, gümüş "
                                  "renkli paslanmaz çelik tencere; pişirmeyi kapaktan takip edebilirsiniz. "
                                  "20 cm, 3 L.", "Pişirme", "tencere, pişirme"),
    "slotted-turner": ("Delikli Spatula", "Delikli yapısı yağı süzer; kızartma ve sote için ideal spatula.",
                       "Mutfak Gereçleri", "mutfak gereçleri"),
    "spice-rack": ("Baharatlık", "Baharat ve çeşnilerinizi düzenli ve el altında tutan baharatlık. 12 cam "
                   "kavanozlu.", "Saklama & Düzen", "düzenleyici, baharat"),
    "spoon": ("Yemek Kaşığı", "Karıştırmak, servis etmek ve tatmak için ergonomik, dayanıklı yemek kaşığı.",
              "Sofra & Servis", "çatal bıçak"),
    "tray": ("Servis Tepsisi", "Çay, atıştırmalık ve ikramlar için şık servis tepsisi. 45 x 30 cm.",
             "Sofra & Servis", "tepsi, servis"),
    "wooden-rolling-pin": ("Ahşap Oklava", "Hamur ve yufka açmak için pürüzsüz yüzeyli, iki kulplu ahşap "
                           "oklava. 45 cm.", "Mutfak Gereçleri", "mutfak gereçleri, hamur işi"),
    "yellow-peeler": ("Sarı Soyacak", "Meyve ve sebzeleri kolayca soyan sarı soyacak.", "Mutfak Gereçleri",
                      "mutfak gereçleri, sarı"),
    "attitude-super-leaves-hand-soap": ("Attitude Super Leaves Sıvı El Sabunu", "Süper yaprak özlü, doğal ve "
                                        "besleyici sıvı el sabunu; elleri temizler ve nemlendirir. 473 ml.",
                                        "Kişisel Bakım", "kişisel bakım, el sabunu"),
    "olay-ultra-moisture-shea-butter-body-wash": ("Olay Ultra Moisture Shea Butter Duş Jeli", "Shea yağıyla "
                                                  "cildi nemlendiren ve besleyen duş jeli; zengin köpük. "
                                                  "500 ml.", "Kişisel Bakım", "kişisel bakım, duş jeli"),
    "vaseline-men-body-and-face-lotion": ("Vaseline Men Vücut ve Yüz Losyonu", "Erkek cildi için uzun süreli "
                                          "nem sağlayan, hızla emilen vücut ve yüz losyonu. 400 ml.",
                                          "Kişisel Bakım", "kişisel bakım, losyon"),
}
#: DummyJSON's quantities are kept, but none of these 56 products is at 0; these three are sold out in this
#: shop (mulberries out of season, a kitchen tool and a supplement) so it has sold-out products.
BEREKET_SOLD_OUT = {"mulberry", "ice-cube-tray", "protein-powder"}
BEREKET_STORE = "Bereket Market"
_TR_ASCII = str.maketrans({"ı": "i", "İ": "i", "ş": "s", "Ş": "s", "ğ": "g", "Ğ": "g", "ç": "c", "Ç": "c",
                           "ö": "o", "Ö": "o", "ü": "u", "Ü": "u"})


def tr_slug(text: str) -> str:
    """A Turkish title as a handle (dotless ı and the other Turkish letters as their ASCII base letter)."""
    return slugify(text.translate(_TR_ASCII))


def build_bereket(src_csv: Path, out: Path) -> None:
    """Pick BEREKET_TR's products from the DummyJSON store (source order), titles, descriptions, types and
    tags in Turkish, handles from the Turkish titles; prices (read as euros), SKUs, images and stock as given
    (BEREKET_SOLD_OUT at 0); products without a brand get the shop as vendor."""
    rows = {r["Handle"]: r for r in read_rows(src_csv)}
    missing = [h for h in BEREKET_TR if h not in rows]
    assert not missing, f"not in {src_csv}: {missing}"
    out_rows = []
    for handle in sorted(BEREKET_TR, key=list(rows).index):
        r = dict(rows[handle])
        title, body, ptype, tags = BEREKET_TR[handle]
        r.update({"Handle": tr_slug(title), "Title": title, "Body (HTML)": f"<p>{body}</p>", "Type": ptype,
                  "Tags": tags})
        if r["Vendor"] == DUMMYJSON_STORE:
            r["Vendor"] = BEREKET_STORE
        if handle in BEREKET_SOLD_OUT:
            r["Variant Inventory Qty"] = "0"
        out_rows.append(r)
    write_rows(out / "products.csv", out_rows)


# ---------------------------------------------------------------------------------------------------------
# Documents (.docx with python-docx, .pdf with reportlab), written from a small block list
# ---------------------------------------------------------------------------------------------------------
# A block is ("h1" | "h2" | "p" | "ul" | "table", content): text for headings and paragraphs, a list of
# strings for "ul", a list of rows (the first is the header) for "table".


def write_docx(path: Path, title: str, blocks: list[tuple[str, object]]) -> None:
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.title, cp.author, cp.revision = title, "", 1
    cp.created = cp.modified = cp.last_printed = FIXED_TIME
    for kind, content in blocks:
        if kind in ("h1", "h2"):
            d.add_heading(str(content), level=1 if kind == "h1" else 2)
        elif kind == "p":
            d.add_paragraph(str(content))
        elif kind == "ul":
            for item in content:  # type: ignore[union-attr]
                d.add_paragraph(str(item), style="List Bullet")
        elif kind == "table":
            rows = content  # type: ignore[assignment]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
    buf = io.BytesIO()
    d.save(buf)
    # python-docx stamps each zip member with the current time: rewrite them with a fixed one.
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))
    path.write_bytes(out.getvalue())


#: TrueType fonts with the Turkish letters (ı, ş, ğ, İ): reportlab's built-in Helvetica has only the
#: Windows-1252 letters, which is enough for the English, Portuguese and Spanish pages but not for Turkish.
UNICODE_FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"),)


def _needs_unicode_font(blocks: list[tuple[str, object]]) -> bool:
    text = repr([c for _, c in blocks])
    try:
        text.encode("cp1252")
        return False
    except UnicodeEncodeError:
        return True


def _register_unicode_font() -> tuple[str, str]:
    """Register DejaVu Sans (regular, bold) with reportlab; the system's fonts-dejavu-core, else matplotlib's
    copy. Only pages with letters outside Windows-1252 use it, so the other pages keep their bytes."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    dirs = list(UNICODE_FONT_DIRS)
    try:
        import matplotlib

        dirs.append(Path(matplotlib.__file__).parent / "mpl-data" / "fonts" / "ttf")
    except ImportError:
        pass
    for d in dirs:
        if (d / "DejaVuSans.ttf").is_file() and (d / "DejaVuSans-Bold.ttf").is_file():
            if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont("DejaVuSans", str(d / "DejaVuSans.ttf")))
                pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(d / "DejaVuSans-Bold.ttf")))
            return "DejaVuSans", "DejaVuSans-Bold"
    raise SystemExit("a page has letters outside Windows-1252 and no DejaVu Sans font was found "
                     f"(looked in {', '.join(map(str, dirs))}): install fonts-dejavu-core")


def write_pdf(path: Path, title: str, blocks: list[tuple[str, object]]) -> None:
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    rl_config.invariant = 1  # no creation date or random document id: same bytes every run
    ss = getSampleStyleSheet()
    if _needs_unicode_font(blocks):
        regular, bold = _register_unicode_font()
        for name in ("Title", "Heading2", "BodyText"):
            ss[name].fontName = bold if name != "BodyText" else regular
    flow: list = []
    for kind, content in blocks:
        if kind == "h1":
            flow.append(Paragraph(str(content), ss["Title"]))
        elif kind == "h2":
            flow.append(Paragraph(str(content), ss["Heading2"]))
        elif kind == "p":
            flow.append(Paragraph(str(content), ss["BodyText"]))
        elif kind == "ul":
            flow.append(ListFlowable([ListItem(Paragraph(str(x), ss["BodyText"])) for x in content],  # type: ignore
                                     bulletType="bullet"))
        elif kind == "table":
            t = Table([[Paragraph(str(c), ss["BodyText"]) for c in row] for row in content])  # type: ignore
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke)]))
            flow.append(t)
        flow.append(Spacer(1, 0.2 * cm))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author="", subject="", creator="",
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(flow)


def build_documents() -> None:
    from pages import DOCUMENTS  # the texts of the generated pages, beside this file

    for rel, (title, blocks) in DOCUMENTS.items():
        path = HERE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        (write_pdf if path.suffix == ".pdf" else write_docx)(path, title, blocks)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", type=Path, default=DEFAULT_SRC, help="the dev_store_catalogs folder")
    ap.add_argument("--dummyjson", type=Path, default=DEFAULT_DUMMYJSON, help="the DummyJSON store's products.csv")
    args = ap.parse_args()
    build_apparel(args.src, HERE / "apparel" / "store")
    build_casa(args.src, HERE / "casa" / "store")
    build_vendure(args.src, HERE / "vendure" / "store")
    build_gadgets(args.dummyjson, HERE / "gadgets" / "store")
    build_bereket(args.dummyjson, HERE / "bereket" / "store")
    build_documents()
    build_lavka(args.dummyjson, HERE / "lavka" / "store")
    __import__("build_toko").build(args.dummyjson)  # Sekar Ayu (toko/): catalog, .pdf and .docx pages
    for store in ("apparel", "casa", "vendure", "gadgets", "bereket", "lavka", "toko"):
        files = sorted(p.name for p in (HERE / store / "store").iterdir())
        print(f"{store}/store: {', '.join(files)}")


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    main()
