"""Build the toko store (Sekar Ayu, a fashion and beauty shop in Bandung; rupiah; Indonesian pages).

Called from build.py's main (``build_toko.build(dummyjson_csv)``). It writes, same bytes on every run:

- ``toko/store/products.csv``  the DummyJSON products of types Men's Shirts, Men's Shoes, Women's Tops, Women's
  Dresses, Women's Shoes, Women's Bags, Women's Jewellery, Beauty and Fragrances that neither gadgets nor
  bereket uses; about half keep their English title, the rest get an Indonesian one; descriptions, types and
  tags in Indonesian; prices in rupiah; clothing and shoes get sizes (and a colour where natural).
- ``toko/store/retur-dan-penukaran.pdf`` and ``toko/store/promo.docx`` from the texts below.

The other pages (pengiriman.html, tanya-jawab.md, tentang-kami-dan-kontak.txt, kebijakan-privasi.html) and
orders.jsonl are hand-written files beside these. DummyJSON is MIT (© Muhammad Ovi): tests only, never ship.
"""

from __future__ import annotations

import math
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "toko" / "store"
STORE = "Sekar Ayu"
DUMMYJSON_STORE = "DummyJSON Demo Store"

#: DummyJSON handle -> (title, Indonesian description, Indonesian type, Indonesian tags). A title equal to
#: DummyJSON's is kept in English (as Indonesian shops often do); the others are Indonesian titles and get
#: a handle made from them. The White Faux Leather Backpack (a Women's Bag) is gadgets', so it is not here.
TOKO = {
    "essence-mascara-lash-princess": (
        "Essence Mascara Lash Princess", "Maskara favorit yang bikin bulu mata lebih tebal dan lentik. Formula "
        "tahan lama dan cruelty-free. Isi 12 ml.", "Kecantikan", "kecantikan, maskara, makeup mata"),
    "eyeshadow-palette-with-mirror": (
        "Palet Eyeshadow dengan Cermin", "Palet eyeshadow dengan pilihan warna lengkap untuk riasan mata "
        "sehari-hari sampai pesta. Ada cermin di dalam tutupnya, praktis dibawa bepergian. 12 warna.",
        "Kecantikan", "kecantikan, eyeshadow, makeup mata"),
    "powder-canister": (
        "Bedak Tabur Velvet Touch", "Bedak tabur (loose powder) bertekstur halus untuk mengunci makeup dan "
        "mengontrol minyak. Formula ringan dan transparan, hasil akhir matte. Isi 20 g.", "Kecantikan",
        "kecantikan, bedak, makeup wajah"),
    "red-lipstick": (
        "Lipstik Merah", "Lipstik merah klasik dengan formula creamy dan pigmentasi tinggi; warna tegas dan "
        "tahan lama. Isi 3,5 g.", "Kecantikan", "kecantikan, lipstik, makeup bibir"),
    "red-nail-polish": (
        "Kutek Merah", "Kutek (cat kuku) merah mengilap, cepat kering, hasil seperti di salon. Isi 10 ml.",
        "Kecantikan", "kecantikan, kutek, kuku"),
    "calvin-klein-ck-one": (
        "Calvin Klein CK One", "Parfum unisex klasik dari Calvin Klein dengan aroma segar dan bersih, cocok "
        "dipakai sehari-hari. Eau de Toilette 100 ml.", "Parfum", "parfum, unisex, original"),
    "chanel-coco-noir-eau-de": (
        "Chanel Coco Noir Eau De", "Parfum elegan dan misterius dengan aroma grapefruit, mawar dan cendana. "
        "Cocok untuk acara malam. Eau de Parfum 50 ml.", "Parfum", "parfum, wanita, original"),
    "dior-j-adore": (
        "Dior J'adore", "Parfum floral mewah dengan perpaduan ylang-ylang, mawar dan melati; feminin dan "
        "anggun. Eau de Parfum 50 ml.", "Parfum", "parfum, wanita, original"),
    "dolce-shine-eau-de": (
        "Dolce Shine Eau de", "Parfum fruity yang ceria dengan aroma mangga, melati dan blonde wood; segar dan "
        "muda. Eau de Parfum 50 ml.", "Parfum", "parfum, wanita, original"),
    "gucci-bloom-eau-de": (
        "Gucci Bloom Eau de", "Parfum floral dengan aroma sedap malam, melati dan Rangoon creeper; modern dan "
        "romantis. Eau de Parfum 50 ml.", "Parfum", "parfum, wanita, original"),
    "blue-black-check-shirt": (
        "Kemeja Kotak Biru Hitam", "Kemeja pria motif kotak-kotak biru hitam, nyaman dan rapi. Bahan katun "
        "berkualitas, cocok untuk acara santai maupun semi-formal. Lengan panjang.", "Kemeja Pria",
        "pakaian pria, kemeja, kotak-kotak"),
    "gigabyte-aorus-men-tshirt": (
        "Gigabyte Aorus Men Tshirt", "Kaos pria bergambar logo Aorus untuk para gamer; santai dan keren. "
        "Bahan cotton combed 30s, warna hitam.", "Kemeja Pria", "pakaian pria, kaos, gaming"),
    "man-plaid-shirt": (
        "Kemeja Flanel Kotak Pria", "Kemeja flanel pria motif kotak klasik yang tidak lekang waktu. Potongan "
        "regular fit, nyaman dipakai ke mana saja. Lengan panjang.", "Kemeja Pria",
        "pakaian pria, kemeja, flanel"),
    "man-short-sleeve-shirt": (
        "Kemeja Lengan Pendek Pria", "Kemeja pria lengan pendek yang adem untuk cuaca panas; santai tapi tetap "
        "rapi. Bahan linen campuran. Tersedia warna putih dan navy.", "Kemeja Pria",
        "pakaian pria, kemeja, lengan pendek"),
    "men-check-shirt": (
        "Men Check Shirt", "Kemeja pria motif kotak yang serbaguna; menambah kesan rapi dan smart untuk "
        "berbagai acara. Lengan panjang.", "Kemeja Pria", "pakaian pria, kemeja, kotak-kotak"),
    "nike-air-jordan-1-red-and-black": (
        "Nike Air Jordan 1 Red And Black", "Sneaker basket ikonik Nike Air Jordan 1 warna merah hitam; desain "
        "stylish dan performa tinggi, favorit para sneakerhead. Original, lengkap dengan box.", "Sepatu Pria",
        "sepatu pria, sneakers, basket"),
    "nike-baseball-cleats": (
        "Nike Baseball Cleats", "Sepatu pul (cleats) Nike untuk bermain baseball dan softball; cengkeraman "
        "maksimal dan stabil di lapangan. Original, lengkap dengan box.", "Sepatu Pria",
        "sepatu pria, sepatu olahraga, cleats"),
    "puma-future-rider-trainers": (
        "Puma Future Rider Trainers", "Sneakers Puma bergaya retro dengan kenyamanan modern, pas untuk dipakai "
        "sehari-hari. Original, lengkap dengan box.", "Sepatu Pria", "sepatu pria, sneakers, kasual"),
    "sports-sneakers-off-white-red": (
        "Sports Sneakers Off White & Red", "Sneakers olahraga perpaduan warna off white dan merah; sporty dan "
        "berani. Lengkap dengan box.", "Sepatu Pria", "sepatu pria, sneakers, olahraga"),
    "sports-sneakers-off-white-red-92": (
        "Sports Sneakers Off White Red", "Varian lain Sports Sneakers Off White Red dengan desain berbeda; "
        "nyaman untuk acara santai. Lengkap dengan box.", "Sepatu Pria", "sepatu pria, sneakers, kasual"),
    "blue-frock": (
        "Blue Frock", "Dress biru yang manis dan stylish untuk berbagai acara; warna biru cerah dengan potongan "
        "nyaman. All size (fit to L).", "Atasan & Dress Wanita", "pakaian wanita, dress, biru"),
    "girl-summer-dress": (
        "Dress Anak Perempuan", "Dress anak perempuan yang lucu dan adem untuk cuaca panas; motif ceria dan "
        "bahan ringan. Untuk usia 2-7 tahun.", "Atasan & Dress Wanita", "pakaian anak, dress anak"),
    "gray-dress": (
        "Dress Abu-Abu", "Dress abu-abu yang chic dan serbaguna; warna netral yang gampang dipadukan, bisa "
        "dibuat formal atau santai.", "Atasan & Dress Wanita", "pakaian wanita, dress, abu-abu"),
    "short-frock": (
        "Short Frock", "Dress pendek yang playful dan kekinian; pas untuk jalan-jalan santai maupun acara "
        "spesial.", "Atasan & Dress Wanita", "pakaian wanita, dress, mini dress"),
    "tartan-dress": (
        "Dress Motif Tartan", "Dress dengan motif tartan klasik yang berkesan elegan; bahan agak tebal, cocok "
        "untuk cuaca dingin atau ruangan ber-AC.", "Atasan & Dress Wanita", "pakaian wanita, dress, tartan"),
    "black-women-s-gown": (
        "Gaun Pesta Hitam", "Gaun malam hitam yang elegan dan tak lekang waktu; cocok untuk acara formal, "
        "kondangan dan pesta. Panjang semata kaki.", "Dress Wanita", "pakaian wanita, gaun, pesta"),
    "corset-leather-with-skirt": (
        "Corset Leather With Skirt", "Setelan korset kulit sintetis dengan rok senada; berani dan edgy untuk "
        "tampil beda di acara apa pun.", "Dress Wanita", "pakaian wanita, korset, rok"),
    "corset-with-black-skirt": (
        "Corset With Black Skirt", "Setelan korset dengan rok hitam klasik; tampilan serasi dan trendi untuk "
        "berbagai acara.", "Dress Wanita", "pakaian wanita, korset, rok"),
    "dress-pea": (
        "Dress Pea", "Dress santai bermotif polkadot kacang polong; nyaman dan ceria untuk dipakai "
        "sehari-hari.", "Dress Wanita", "pakaian wanita, dress, kasual"),
    "marni-red-black-suit": (
        "Setelan Marni Merah Hitam", "Setelan blazer dan celana Marni perpaduan merah dan hitam; modern, "
        "berani dan percaya diri. Disarankan dry clean.", "Dress Wanita", "pakaian wanita, setelan, blazer"),
    "black-brown-slipper": (
        "Selop Hitam Cokelat", "Sandal selop perpaduan hitam dan cokelat; nyaman dan tetap rapi untuk "
        "bersantai.", "Sepatu Wanita", "sepatu wanita, sandal, selop"),
    "calvin-klein-heel-shoes": (
        "Calvin Klein Heel Shoes", "Sepatu hak Calvin Klein yang elegan untuk acara formal; desain klasik "
        "dan bahan berkualitas. Tinggi hak 7 cm. Original, lengkap dengan box.", "Sepatu Wanita",
        "sepatu wanita, heels, formal"),
    "golden-shoes-woman": (
        "Sepatu Emas Wanita", "Sepatu wanita warna emas yang glamor untuk acara spesial; menambah kesan mewah "
        "pada penampilan.", "Sepatu Wanita", "sepatu wanita, pesta, emas"),
    "pampi-shoes": (
        "Pampi Shoes", "Sepatu kasual Pampi yang nyaman dan stylish untuk dipakai sehari-hari. Tersedia warna "
        "hitam dan krem.", "Sepatu Wanita", "sepatu wanita, kasual, flat"),
    "red-shoes": (
        "Sepatu Merah", "Sepatu wanita merah menyala yang mencuri perhatian; untuk pesta maupun jalan "
        "santai.", "Sepatu Wanita", "sepatu wanita, merah"),
    "blue-women-s-handbag": (
        "Tas Tangan Biru", "Tas tangan wanita warna biru yang stylish dan lega, dengan banyak sekat; cantik "
        "sekaligus fungsional.", "Tas Wanita", "tas wanita, tas tangan, biru"),
    "heshe-women-s-leather-bag": (
        "Heshe Women's Leather Bag", "Tas kulit asli Heshe yang mewah dan berkualitas untuk wanita modern; "
        "desain klasik dan jahitan kuat.", "Tas Wanita", "tas wanita, tas kulit"),
    "prada-women-bag": (
        "Prada Women Bag", "Tas desainer Prada yang ikonik, elegan dan mewah dengan logo Prada. Original, "
        "lengkap dengan dust bag, kartu keaslian dan nota pembelian.", "Tas Wanita",
        "tas wanita, tas branded, desainer"),
    "women-handbag-black": (
        "Tas Tangan Wanita Hitam", "Tas tangan wanita hitam klasik yang cocok dipadukan dengan berbagai "
        "busana; wajib ada di lemari setiap wanita.", "Tas Wanita", "tas wanita, tas tangan, hitam"),
    "green-crystal-earring": (
        "Anting Kristal Hijau", "Anting dengan kristal hijau yang berkilau; desain klasik yang menambah kesan "
        "anggun untuk acara formal atau spesial.", "Perhiasan", "perhiasan, anting, hijau"),
    "green-oval-earring": (
        "Green Oval Earring", "Anting oval warna hijau yang stylish dan serbaguna, untuk acara santai maupun "
        "resmi.", "Perhiasan", "perhiasan, anting, hijau"),
    "tropical-earring": (
        "Anting Tropis", "Anting bertema tropis yang ceria dengan warna-warna cerah; bikin penampilan terasa "
        "liburan.", "Perhiasan", "perhiasan, anting"),
}

#: Options per product: (option names, list of value tuples). Clothing: S-XL (kids' dress by age; the Blue
#: Frock is one "All Size" piece); men's shoes EU 39-44; women's shoes EU 36-40; two products in two colours.
SHIRT = ["S", "M", "L", "XL"]
MEN_SHOES = ["39", "40", "41", "42", "43", "44"]
WOMEN_SHOES = ["36", "37", "38", "39", "40"]
OPTIONS: dict[str, tuple[list[str], list[tuple[str, ...]]]] = {
    "blue-black-check-shirt": (["Ukuran"], [(s,) for s in SHIRT]),
    "gigabyte-aorus-men-tshirt": (["Ukuran"], [(s,) for s in ["M", "L", "XL", "XXL"]]),
    "man-plaid-shirt": (["Ukuran"], [(s,) for s in SHIRT]),
    "man-short-sleeve-shirt": (["Warna", "Ukuran"], [(c, s) for c in ("Putih", "Navy") for s in ("M", "L", "XL")]),
    "men-check-shirt": (["Ukuran"], [(s,) for s in SHIRT]),
    "nike-air-jordan-1-red-and-black": (["Ukuran"], [(s,) for s in ["40", "41", "42", "43", "44"]]),
    "nike-baseball-cleats": (["Ukuran"], [(s,) for s in ["40", "41", "42", "43"]]),
    "puma-future-rider-trainers": (["Ukuran"], [(s,) for s in MEN_SHOES]),
    "sports-sneakers-off-white-red": (["Ukuran"], [(s,) for s in MEN_SHOES]),
    "sports-sneakers-off-white-red-92": (["Ukuran"], [(s,) for s in ["40", "41", "42", "43"]]),
    "blue-frock": (["Ukuran"], [("All Size",)]),
    "girl-summer-dress": (["Ukuran"], [(s,) for s in ["2-3 tahun", "4-5 tahun", "6-7 tahun"]]),
    "gray-dress": (["Ukuran"], [(s,) for s in SHIRT]),
    "short-frock": (["Ukuran"], [(s,) for s in ["S", "M", "L"]]),
    "tartan-dress": (["Ukuran"], [(s,) for s in SHIRT]),
    "black-women-s-gown": (["Ukuran"], [(s,) for s in ["S", "M", "L"]]),
    "corset-leather-with-skirt": (["Ukuran"], [(s,) for s in ["S", "M", "L"]]),
    "corset-with-black-skirt": (["Ukuran"], [(s,) for s in ["S", "M", "L"]]),
    "dress-pea": (["Ukuran"], [(s,) for s in SHIRT]),
    "marni-red-black-suit": (["Ukuran"], [(s,) for s in ["S", "M", "L"]]),
    "black-brown-slipper": (["Ukuran"], [(s,) for s in ["37", "38", "39", "40"]]),
    "calvin-klein-heel-shoes": (["Ukuran"], [(s,) for s in WOMEN_SHOES]),
    "golden-shoes-woman": (["Ukuran"], [(s,) for s in WOMEN_SHOES]),
    "pampi-shoes": (["Warna", "Ukuran"], [(c, s) for c in ("Hitam", "Krem") for s in ("37", "38", "39")]),
    "red-shoes": (["Ukuran"], [(s,) for s in ["36", "37", "38", "39"]]),
}
#: Sold out: three whole products (the tropical earring, the Dolce Shine perfume, the red shoes in every size)
#: and single variants next to sizes in stock. Every other variant gets 1-12 from a SHA-1 of handle/value;
#: products without variants keep DummyJSON's quantity.
SOLD_OUT_PRODUCTS = {"tropical-earring", "dolce-shine-eau-de", "red-shoes"}
#: A boutique holds few designer bags: DummyJSON's 75 Prada bags become 2.
QTY = {"prada-women-bag": 2}
SOLD_OUT_VARIANTS = {
    ("blue-black-check-shirt", "XL"), ("gigabyte-aorus-men-tshirt", "XXL"), ("man-short-sleeve-shirt", "Navy|L"),
    ("nike-air-jordan-1-red-and-black", "42"), ("short-frock", "S"), ("girl-summer-dress", "4-5 tahun"),
    ("black-women-s-gown", "M"), ("calvin-klein-heel-shoes", "38"), ("pampi-shoes", "Krem|38"),
}
#: "Harga coret": a few products are marked down from a compare-at price (rupiah).
COMPARE_AT = {"man-plaid-shirt": 699000, "puma-future-rider-trainers": 1799000, "blue-women-s-handbag": 999000,
              "dior-j-adore": 1599000}
#: Shipping weight in grams by type (the shop's own packed weights; DummyJSON gives none).
GRAMS = {"Kecantikan": 150, "Parfum": 450, "Kemeja Pria": 300, "Sepatu Pria": 1200, "Atasan & Dress Wanita": 400,
         "Dress Wanita": 600, "Sepatu Wanita": 900, "Tas Wanita": 900, "Perhiasan": 50}


def to_idr(usd: str) -> int:
    """USD -> a rupiah shelf price: 16,000 times, rounded up to the next Rp 10.000, minus Rp 1.000
    (29.99 -> 479.000; 599.99 -> 9.599.000), the way Indonesian shops price."""
    return math.ceil(round(float(usd) * 16000, 2) / 10000) * 10000 - 1000


def build(src_csv: Path) -> None:
    from build import read_rows, slugify, stable_qty, write_docx, write_pdf, write_rows

    rows = {r["Handle"]: r for r in read_rows(src_csv)}
    missing = [h for h in TOKO if h not in rows]
    assert not missing, f"not in {src_csv}: {missing}"
    out_rows = []
    for handle in sorted(TOKO, key=list(rows).index):
        src = rows[handle]
        title, body, ptype, tags = TOKO[handle]
        new_handle = handle if title == src["Title"] else slugify(title)
        names, values = OPTIONS.get(handle, (["Title"], [("Default Title",)]))
        price = f"{to_idr(src['Variant Price']):.2f}"
        compare = f"{COMPARE_AT[handle]:.2f}" if handle in COMPARE_AT else ""
        for i, vals in enumerate(values):
            key = "|".join(vals)
            if handle in SOLD_OUT_PRODUCTS or (handle, key) in SOLD_OUT_VARIANTS:
                qty = 0
            elif handle in OPTIONS:
                qty = stable_qty(f"toko/{handle}/{key}", 1, 12)
            else:
                qty = QTY.get(handle, int(src["Variant Inventory Qty"] or 0))
            sku = src["Variant SKU"] + "".join(f"-{v.split()[0].upper()[:3]}" for v in vals if v != "Default Title")
            r = {
                "Handle": new_handle,
                "Option1 Name": names[0] if i == 0 else "", "Option1 Value": vals[0],
                "Option2 Name": names[1] if i == 0 and len(names) > 1 else "",
                "Option2 Value": vals[1] if len(vals) > 1 else "",
                "Variant SKU": sku, "Variant Grams": str(GRAMS[ptype]), "Variant Inventory Tracker": "shopify",
                "Variant Inventory Qty": str(qty), "Variant Inventory Policy": "deny",
                "Variant Fulfillment Service": "manual", "Variant Price": price, "Variant Compare At Price": compare,
                "Variant Requires Shipping": "true", "Variant Taxable": "true", "Variant Weight Unit": "g",
            }
            if i == 0:
                vendor = STORE if src["Vendor"] == DUMMYJSON_STORE else src["Vendor"]
                r.update({"Title": title, "Body (HTML)": f"<p>{body}</p>", "Vendor": vendor, "Type": ptype,
                          "Tags": tags, "Published": "true", "Gift Card": "false", "Image Src": src["Image Src"],
                          "Image Position": "1", "Image Alt Text": title})
            out_rows.append(r)
    write_rows(OUT / "products.csv", out_rows)
    write_pdf(OUT / "retur-dan-penukaran.pdf", *RETUR)
    write_docx(OUT / "promo.docx", *PROMO)
    print(f"toko/store: {', '.join(sorted(p.name for p in OUT.iterdir()))}")


# ---------------------------------------------------------------------------------------------------------
# The generated pages (pages.py's block format: h1, h2, p, ul, table). Written for this project as an
# Indonesian online boutique writes them; the shop, its address, numbers and e-mails are invented.
# ---------------------------------------------------------------------------------------------------------

RETUR = ("Kebijakan Retur & Penukaran", [
    ("h1", "Kebijakan Retur &amp; Penukaran"),
    ("p", "Berlaku untuk pembelian di sekarayu.example dan di toko Sekar Ayu Bandung. Terakhir diperbarui: "
          "2 November 2026."),
    ("h2", "1. Batas waktu"),
    ("p", "Pengajuan retur atau tukar barang paling lambat <b>7 (tujuh) hari kalender</b> sejak paket diterima "
          "(sesuai tanggal \"terkirim\" pada resi) atau sejak barang diambil di toko. Lewat dari 7 hari, "
          "pengajuan tidak dapat kami proses."),
    ("h2", "2. Syarat barang"),
    ("ul", ["Label/hangtag masih terpasang dan barang belum dipakai (kecuali dicoba sebentar), belum dicuci, "
            "tidak bau parfum/rokok dan tidak ada noda makeup.",
            "Kemasan asli lengkap: box sepatu, dust bag tas, kartu garansi dan nota/invoice.",
            "Wajib menyertakan <b>video unboxing</b> tanpa jeda dan tanpa edit, mulai dari paket masih tersegel "
            "sampai isi paket terlihat jelas. Tanpa video unboxing, klaim barang rusak, cacat, kurang atau "
            "salah kirim tidak dapat kami terima.",
            "Ajukan lewat WhatsApp 0812-5550-1788 atau e-mail retur@sekarayu.example dengan nomor pesanan, "
            "foto barang dan alasan retur. Jangan kirim barang sebelum mendapat nomor retur (RMA) dari kami."]),
    ("h2", "3. Barang yang tidak bisa diretur"),
    ("ul", ["Kosmetik (maskara, lipstik, bedak, eyeshadow, kutek) dan parfum yang segelnya sudah dibuka atau "
            "plastiknya sudah dilepas.",
            "Anting, karena alasan kebersihan (higienitas).",
            "Barang \"Cuci Gudang\" (final sale): tidak bisa diretur maupun ditukar.",
            "Barang yang rusak karena pemakaian atau perawatan yang salah (misalnya dicuci mesin padahal label "
            "meminta dry clean)."]),
    ("p", "<b>Pengecualian:</b> kosmetik, parfum dan anting tetap bisa diretur jika barang yang diterima "
          "rusak, cacat produksi atau salah kirim, asalkan dilaporkan paling lambat <b>2 x 24 jam</b> sejak "
          "paket diterima dan disertai video unboxing. Barang \"Cuci Gudang\" yang cacat atau salah kirim juga "
          "kami tukar dengan syarat yang sama."),
    ("h2", "4. Tukar ukuran atau warna"),
    ("p", "Tukar ukuran/warna bisa dilakukan satu kali per pesanan, selama stok pengganti tersedia. Jika harga "
          "barang pengganti lebih tinggi, selisihnya dibayar pembeli; jika lebih rendah, selisihnya kami "
          "kembalikan sebagai voucher belanja. Tukar langsung di toko bisa dilakukan tanpa biaya kirim."),
    ("h2", "5. Siapa yang menanggung ongkir"),
    ("ul", ["Tukar ukuran/warna atau berubah pikiran: ongkir pengiriman barang ke gudang kami ditanggung "
            "pembeli; ongkir pengiriman barang pengganti ke alamat Anda kami tanggung (satu kali).",
            "Barang rusak, cacat atau salah kirim: semua ongkir kami tanggung. Ongkir kirim balik diganti "
            "maksimal Rp 50.000 sesuai resi, ditransfer bersama dana refund atau voucher.",
            "Ongkir pengiriman awal tidak dikembalikan, kecuali barang rusak, cacat atau salah kirim."]),
    ("h2", "6. Pengembalian dana (refund)"),
    ("p", "Retur karena berubah pikiran dikembalikan dalam bentuk <b>voucher belanja</b> senilai harga barang "
          "(berlaku 6 bulan). Pengembalian uang hanya untuk barang rusak, cacat, salah kirim, atau jika stok "
          "barang pengganti habis."),
    ("table", [["Metode pembayaran awal", "Refund dikembalikan ke", "Waktu proses"],
               ["Transfer bank / virtual account", "Rekening bank atas nama pembeli", "3-5 hari kerja"],
               ["GoPay, OVO, DANA, ShopeePay", "Dompet digital yang sama", "1 x 24 jam"],
               ["Kartu kredit", "Kartu kredit yang sama", "7-14 hari kerja (tergantung bank penerbit)"],
               ["COD (bayar di tempat)", "Rekening bank atas nama pembeli", "3-5 hari kerja"]]),
    ("p", "Waktu proses dihitung sejak barang retur kami terima dan lolos pemeriksaan (paling lama 2 hari "
          "kerja). Biaya COD dan biaya layanan payment gateway tidak ikut dikembalikan."),
    ("h2", "7. Alamat retur"),
    ("p", "Gudang Sekar Ayu, Jl. Sukajadi Permai No. 17B, Sukajadi, Kota Bandung, Jawa Barat 40162. Tulis nomor "
          "RMA di luar paket. Retur dikirim dengan J&amp;T Express atau JNE REG; kami tidak menerima paket "
          "dengan biaya kirim \"bayar di tujuan\"."),
])

PROMO = ("Promo & Voucher Sekar Ayu", [
    ("h1", "Promo & Voucher Sekar Ayu"),
    ("p", "Semua promo di bawah berlaku di sekarayu.example. Promo toko fisik ditulis terpisah. Satu pesanan "
          "hanya bisa memakai satu kode voucher. Harga \"coret\" (barang yang sudah didiskon) disebut barang "
          "diskon."),
    ("h2", "Voucher pengguna baru: SEKARBARU"),
    ("p", "Diskon 10% untuk pesanan pertama, minimal belanja Rp 250.000, potongan maksimal Rp 50.000. Minimal "
          "belanja dihitung dari subtotal produk, belum termasuk ongkir. Berlaku satu kali per akun dan per "
          "nomor HP. Tidak berlaku untuk parfum dan produk Prada, dan tidak bisa digabung dengan voucher lain."),
    ("h2", "Voucher gajian: GAJIAN25"),
    ("p", "Diskon 15% dengan potongan maksimal Rp 100.000 untuk minimal belanja Rp 400.000. Hanya berlaku "
          "tanggal 25 sampai 28 setiap bulan (sampai pukul 23.59 WIB) dan hanya untuk kategori fashion: "
          "pakaian, sepatu dan tas. Tidak berlaku untuk kecantikan, parfum, perhiasan dan barang diskon "
          "(harga coret). Boleh dipakai berkali-kali, satu kali per pesanan."),
    ("h2", "Harbolnas 12.12"),
    ("p", "12 Desember 2026 pukul 00.00 WIB sampai 14 Desember 2026 pukul 23.59 WIB: diskon 20% semua sepatu "
          "(pria dan wanita) dan 12% semua tas, tanpa kode, langsung terpotong di keranjang. Selama Harbolnas, "
          "gratis ongkir ke Jawa dan Bali berlaku tanpa minimal belanja. Barang Harbolnas bisa ditukar ukuran "
          "tetapi tidak bisa direfund. Kode voucher tidak berlaku untuk barang yang sudah terkena diskon "
          "Harbolnas."),
    ("h2", "Cuci Gudang Akhir Tahun"),
    ("p", "26-31 Desember 2026: diskon 50% untuk produk berlabel \"Cuci Gudang\" selama persediaan masih ada. "
          "Barang Cuci Gudang adalah final sale: tidak bisa diretur dan tidak bisa ditukar."),
    ("h2", "Paket Kemeja Hemat"),
    ("p", "Beli 2 kemeja pria (kategori Kemeja Pria, boleh beda model dan ukuran) potongan Rp 50.000; beli 3 "
          "potongan Rp 100.000. Potongan otomatis di keranjang dan bisa digabung dengan GAJIAN25 atau "
          "SEKARBARU. Tidak berlaku kelipatan: 4 kemeja atau lebih tetap potongan Rp 100.000."),
    ("h2", "Hadiah belanja"),
    ("p", "Gratis pouch makeup Sekar Ayu untuk setiap pembelian produk kecantikan minimal Rp 400.000 (setelah "
          "diskon), selama persediaan masih ada. Satu pouch per pesanan."),
])
