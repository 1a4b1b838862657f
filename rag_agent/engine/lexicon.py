"""Multilingual cue words (en, es, pt, tr, id, ru) for what a customer asks, matched on folded text.

Patterns are regexes over text folded by :func:`rag_agent.engine.text.fold` (lowercase, no accents).
They name kinds of question, never a particular store's products.
"""

from __future__ import annotations

import re

B = r"(?<![\w])"  # word start (works for Cyrillic too)


def _rx(*alts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"{B}(?:{a})" for a in alts), re.I)


#: words that name someone to hand the chat to; alone they ask for one only in a message of one to three words
#: and no digits ("human", "agent please", "оператор!"); in a longer one they are a product or a policy
#: ("human hair wigs", "a leather cleaning agent", "password manager", "палатка на 4 человека")
HANDOFF_WORDS = (r"humans?|agents?|manager|supervisor|representative|rep|operator|person|someone|somebody|staff|"
                 r"humano|agente|gerente|encargad[oa]|atendente|persona|pessoa|insan|yetkili|temsilci|petugas|"
                 r"manusia|admin(?:nya)?|cs|robo|человек\w*|оператор\w*|менеджер\w*|старш\w*|жив\w+")
#: asking for someone, in a message of any length: talk / speak / connect + person, "real person", "live agent",
#: "I need a human", "get me a supervisor", "call me back", in the six languages
HANDOFF_PHRASES = _rx(
    r"real person", r"live agent", r"someone from your (?:team|staff)", r"speak (?:with|to) (?:someone|somebody)",
    r"talk (?:with|to) (?:someone|somebody|a person)", r"alguem da equipe", r"pessoa real", r"canli destek",
    r"(?:need|want|prefer|request|require|get me|give me|find me|deal with|ask for)\w* (?:to (?:talk|speak|chat|deal)"
    r" (?:to|with) )?(?:a |an |the |your |some )?(?:real |live |actual |human )?"
    r"(?:human|person|agent|representative|rep|operator|manager|supervisor)\b(?! (?:hair|costume|kit|app|model))",
    r"(?:human|agent|representative|operator|manager|supervisor|someone|somebody)\W*(?:please|pls|plz|now)\b",
    r"(?:connect|transfer|put) me (?:to|with|through to) (?:customer|client) (?:service|support|care)",
    r"talk to (?:a |an )?(?:real |live )?(?:person|human|someone|agent|rep)", r"speak to (?:a |an )?(?:person|human)",
    r"customer service (?:rep|agent)", r"hablar con (?:alguien|una persona|un humano|un agente)",
    r"falar com (?:alguem|uma pessoa|um humano|atendente)", r"atendimento humano",
    r"(?:gercek )?(?:bir )?insanla (?:gorus|konus)", r"musteri temsilci", r"yetkiliyle", r"operatore? bagla",
    r"bicara dengan (?:orang|manusia|cs|admin|petugas)", r"sambungkan ke",
    r"позов\w* (?:человек|оператор|менеджер)", r"соедин\w* с", r"живого", r"поговорить с (?:человеком|кем)",
    r"не с ботом", r"not a bot", r"no (?:quiero|quero) (?:un |um )?(?:bot|robot|robo)",
    r"bot(?:la)? (?:degil|istemiyorum|konusmak istemiyorum)", r"bukan (?:bot|robot)",
    # phrasing families (written from the list and bitext's training rows, not the held-out set)
    r"(?:talk\w*|speak\w*|chat\w*|contact\w*|reach\w*|connect\w*|get in touch|put me through|transfer\w* me)"
    r"\s*(?:to|with)?\s*(?:a |an |the |your |some |one of )?(?:real |live |actual |human |goddamn |customer )*"
    r"(?:person|people|human|some ?one|some ?body|somneone|assist\w+|agent|rep\b|representative|operator|staff|"
    r"employee|manager|supervisor|your team|support team|service team)",
    r"(?:real|live|actual) (?:person|human|agent|people)", r"human (?:agent|being|support|help)",
    r"someone (?:from|at|on) (?:your|the) (?:team|staff|company|store|shop|support)", r"are you (?:a )?(?:bot|robot)",
    r"(?:transfer|escalate|forward) (?:me|this|my (?:case|ticket|issue))", r"can (?:a |a real )?(?:human|person|someone|somebody) (?:look|check|help|call|answer|reply|see|review|contact)",
    r"(?:hablar|comunicar(?:me)?|contactar|chatear|conversar|hable|comuniqueme|pasame|paseme|ponme|comunicame)"
    r" (?:con |a )?(?:alguien|una persona|un humano|un agente|un asesor|una asesora|un operador|un representante|"
    r"el encargado|la encargada|un supervisor|el gerente|atencion al cliente|soporte|servicio al cliente)",
    r"persona (?:real|de verdad)", r"asesor(?:a)? humano", r"atencion (?:humana|personal)", r"un humano",
    r"(?:falar|conversar|comunicar|contatar|contactar|fale|me passa|me transfere|passa)"
    r" (?:com |pra |para )?(?:alguem|uma pessoa|um humano|um atendente|uma atendente|um agente|um operador|o gerente|"
    r"o suporte|um consultor|uma consultora|o responsavel|um responsavel)",
    r"pessoa (?:real|de verdade)", r"um humano", r"atendente humano",
    r"(?:insan|kisi|temsilci|yetkili|operator|musteri hizmetleri|canli destek|biri)"
    r"(?:yle|le|ile| ile)? (?:gorus|konus|bagla|iletisim)",
    r"(?:temsilci|yetkili|operator|insan|canli destek)(?:ye|e|ya|a) bagla", r"gercek (?:bir )?(?:insan|kisi)", r"canli desteg", r"(?:temsilci|yetkili|operator)\w* (?:bagla|gorus|konus|istiyorum)",
    r"(?:bicara|ngobrol|ngomong|chat|hubungi|menghubungi|sambungkan|hubungkan|disambungkan)"
    r" (?:saya |aku |kami |dengan |ke |sama |langsung )*(?:orang|manusia|cs|customer service|admin|petugas|agen|operator|staf|tim)",
    r"orang (?:asli|beneran|sungguhan)", r"manusia (?:asli|beneran|sungguhan)",
    r"(?:поговорить|говорить|связаться|связать|соедините|соединить|переключите|переключить|позовите|позвать|"
    r"пообщаться|общаться|свяжите)\w* (?:меня )?(?:с |на )?(?:человек|оператор|менеджер|жив|сотрудник|"
    r"специалист|консультант|поддержк|кем-то|кем нибудь|кем-нибудь)",
    r"жив\w* (?:человек|оператор|сотрудник)", r"позовите", r"оператора",
    # round 3 (dev messages, not the held-out set): owners, staff and team members, callbacks, "who can I
    # talk to", "get me someone", "discuss it with a person", "pass me to"
    r"(?:talk|speak|chat|word|discuss\w*(?: (?:this|it))?|deal|meet)\s+(?:to|with)\s+(?:the |your |a |an |one of your )?"
    r"(?:store |shop |business )?(?:owner|colleague|staff|team member|member of (?:staff|the team|your team)|"
    r"staff member|sales ?(?:rep|person|man|woman|team)|salesperson|someone|somebody|anyone|anybody|a person|"
    r"people|boss|head of)",
    r"(?:who|whom) (?:can|could|should|do) i (?:talk|speak|chat|write|call|contact|reach)",
    r"is there (?:someone|somebody|anyone|anybody|a person) (?:i can|i could|who can|who could|to) "
    r"(?:talk|speak|chat|call|help|contact)",
    r"(?:someone|somebody|a person|a human|an agent|a team member|staff) (?:on the phone|to call me|"
    r"(?:can|could|to|should|will) (?:call|phone|ring|email|e-mail|contact|text) me)",
    r"(?:call|phone|ring) me back", r"call ?back", r"(?:get|put) (?:me )?(?:someone|somebody|a person) on the phone",
    r"(?:have|ask|get) (?:a |an |one of your |your )?(?:someone|somebody|person|team member|staff member|"
    r"colleague|agent|rep|manager|human) (?:to )?(?:call|phone|email|e-mail|contact|text|reply to|write to) me",
    r"get me (?:someone|somebody|a person|a human|an agent|a manager|your manager|the manager|a supervisor)",
    r"(?:pass|hand|transfer|switch|put) (?:me )?(?:over |on |through )?(?:to|on to|onto) (?:a |an |the |your |someone|somebody)",
    r"any (?:humans?|people|real people|staff) (?:around|there|here|online|available)",
    r"(?:alguien|una persona) (?:que )?me (?:atienda|llame|conteste)", r"llamen?me", r"que me llamen",
    r"alguem (?:pra |para |que )?me (?:atender|atenda|ligar|ligue|responder)", r"me liguem?", r"(?:retorno|retornar) (?:a )?ligacao",
    r"(?:beni )?arayin", r"beni arar misiniz", r"geri (?:arayin|donus yapin|donun)",
    r"(?:telepon|telpon|hubungi) (?:saya|aku) (?:balik|kembali)?", r"minta (?:di)?telepon",
    r"перезвоните", r"позвоните мне", r"свяжитесь со мной")
_SHORT = r"^(?=\W*+(?:[^\W\d]++\W*+){{1,3}}$).*?(?<!\w)(?:{words})(?!\w)"
HANDOFF = re.compile(HANDOFF_PHRASES.pattern + "|" + _SHORT.format(words=HANDOFF_WORDS), re.I)

CUES: dict[str, re.Pattern[str]] = {
    "price": _rx(r"price", r"prices", r"cost", r"costs", r"how much", r"how much is", r"pricing",
                 r"precio", r"cuesta", r"cuanto (?:cuesta|vale|es|sale)", r"vale\b", r"cuanto",
                 r"preco", r"custa", r"quanto", r"valor", r"cobrando",
                 r"fiyat", r"kac (?:dolar|para|tl|lira)", r"ne kadar", r"ucret",
                 r"harga", r"berapa(?:an)?\b(?! lama| hari)",
                 r"цен", r"стоит", r"стоимост", r"почем", r"скока", r"сколько стоит"),
    "stock": _rx(r"in stock", r"stock", r"available", r"availability", r"left\b", r"how many", r"units",
                 r"disponible", r"existencia", r"quedan", r"hay\b",
                 r"estoque", r"disponivel", r"tem em", r"ainda tem",
                 r"stok", r"mevcut", r"var mi", r"kac (?:tane|adet)",
                 r"tersedia", r"ready\b", r"tinggal", r"masih ada",
                 r"наличи", r"остал", r"сколько штук", r"есть ли"),
    "link": _rx(r"link", r"links", r"url", r"web ?page", r"product page", r"enlace", r"liga\b", r"linki",
                r"tautan", r"ссылк", r"линк",
                # "where can I find it on your site?", in the six languages
                r"on (?:your|the) (?:web ?)?site", r"(?:en|de) (?:tu|su|la) (?:web|pagina|sitio)", r"no site",
                r"na (?:sua )?loja online", r"sitede", r"web ?sitenizde", r"di (?:website|situs|web)",
                r"на сайте", r"на вашем сайте"),
    "sizes": _rx(r"sizes?", r"tallas?", r"tamanhos?", r"numeros?", r"beden", r"ukuran", r"размер"),
    "colors": _rx(r"colou?rs?", r"colores", r"cores?\b", r"renk", r"warna", r"цвет"),
    "shipping": _rx(r"ship", r"ships", r"shipping", r"shipped", r"dispatch", r"deliver", r"delivery",
                    r"arrive", r"envio", r"envian", r"enviar", r"enviado", r"entrega", r"llega",
                    r"frete", r"entregam", r"envia", r"kargo", r"gonder", r"teslimat", r"kirim",
                    r"dikirim", r"ongkir", r"pengiriman", r"доставк", r"доставл", r"отправ", r"пересыл"),
    "returns": _rx(r"return", r"returns", r"refund", r"send (?:it )?back", r"exchange", r"devolu",
                   r"devolver", r"reembols", r"troca", r"iade", r"geri (?:gonder|ver)", r"retur",
                   r"pengembalian", r"kembalikan", r"возврат", r"вернуть", r"обмен"),
    "warranty": _rx(r"warrant", r"guarantee", r"garantia", r"garanti", r"garansi", r"гарант"),
    "order": _rx(r"order", r"orders", r"my package", r"parcel", r"pedido", r"encomenda", r"compra",
                 r"siparis", r"pesanan", r"paket", r"заказ", r"посылк"),
    "order_status": _rx(r"status", r"where is", r"where's", r"track", r"tracking", r"update",
                        r"estado", r"donde esta", r"cade", r"onde esta", r"rastre", r"durum", r"nerede",
                        r"sampai mana", r"cek", r"lacak", r"статус", r"где", r"отслед"),
    "handoff": HANDOFF,
    "upset": _rx(r"ridiculous", r"unacceptable", r"terrible", r"worst", r"furious", r"angry", r"scam",
                 r"ridicul", r"inaceptable", r"absurdo", r"horrible", r"pesim", r"inadmissivel",
                 r"sinirli", r"rezalet", r"berbat", r"kesal", r"marah", r"parah", r"kecewa",
                 r"издевает", r"безобраз", r"ужас", r"возмут", r"третий раз", r"сколько можно"),
    "greeting": _rx(r"hi\b", r"hello", r"hey\b", r"hey there", r"good (?:morning|afternoon|evening|day)",
                    r"hola", r"buen(?:os|as) (?:dias|tardes|noches)", r"oi\b", r"ola\b", r"bom dia", r"boa (?:tarde|noite)",
                    r"merhaba", r"selam", r"iyi gunler", r"gunaydin", r"halo\b", r"hai\b", r"pagi\b", r"siang\b",
                    r"sore\b", r"malam\b", r"selamat", r"привет", r"здравствуй", r"добрый (?:день|вечер)", r"доброе утро"),
    "thanks": _rx(r"thanks?\b", r"thank you", r"thx", r"cheers", r"gracias", r"obrigad", r"valeu",
                  r"tesekkur", r"sagol", r"eyvallah", r"terima kasih", r"makasih", r"trims", r"спасибо", r"благодар"),
    "goodbye": _rx(r"bye", r"goodbye", r"see you", r"adios", r"hasta luego", r"tchau", r"ate logo",
                   r"gorusuruz", r"hosca kal", r"dadah", r"sampai jumpa", r"пока\b", r"до свидания"),
    "bot": _rx(r"are you (?:a )?(?:bot|robot|human|real)", r"eres (?:un )?(?:bot|robot)", r"voce e (?:um )?robo",
               r"bot musun", r"kamu (?:bot|robot)", r"ты (?:бот|робот)", r"вы (?:бот|робот)"),
    "injection": _rx(r"ignore (?:all |any |the )?(?:previous|prior|above|your)", r"disregard",
                     r"system prompt", r"hidden instructions", r"developer mode", r"admin mode",
                     r"you are now", r"jailbreak", r"pretend (?:to be|you are)", r"skip (?:the )?verification",
                     r"i'?m the (?:store )?(?:admin|owner)", r"reveal your", r"list all (?:customer|order|user)",
                     r"all customer", r"ignora (?:las|tus|todas)", r"sin restricciones", r"olvida (?:tus|las)",
                     r"ignore as instruc", r"ignore (?:todas )?as regras", r"sem restric",
                     r"sistem mesaj", r"talimatlari (?:yok|unut)", r"kurallari(?:ni)? (?:unut|yok)",
                     r"tum siparisleri", r"lupakan (?:aturan|instruksi|perintah)", r"abaikan",
                     r"игнорир", r"забудь (?:все|свои)", r"системн\w* (?:промпт|сообщ|инструкц)",
                     r"скрыт\w* инструкц", r"твои инструкц", r"(?:dame|give me|kasih|berikan|дай) .{0,30}\d{2,3} ?%",
                     r"\d{2,3} ?% (?:de )?(?:discount|descuento|desconto|indirim|diskon|скидк)"),
    "promo": _rx(r"discount", r"potongan", r"coupon", r"promo", r"voucher", r"code\b", r"sale\b", r"deal",
                 r"descuento", r"cupon", r"codigo", r"promocion", r"oferta", r"desconto", r"cupom",
                 r"promocao", r"frete gratis", r"indirim", r"kupon", r"kampanya", r"diskon", r"kode",
                 r"скидк", r"промокод", r"купон", r"акци"),
    "recommend": _rx(r"recommend", r"suggest", r"looking for", r"do you (?:have|sell)", r"what .{0,20}do you have",
                     r"gift (?:idea|for)", r"i need", r"need\b", r"want (?:a|an|some)", r"options", r"which .{0,30}(?:come|have)",
                     r"busco", r"recomienda", r"tienen", r"que .{0,20}tienen", r"regalo",
                     r"procuro", r"recomenda", r"quais (?:opcoes|produtos)", r"voces tem", r"preciso de",
                     r"hangi urun", r"oner", r"var mi", r"ariyorum", r"lazim",
                     r"rekomendasi", r"cari\b", r"ada .{0,20}\?", r"jual",
                     r"посоветуй", r"порекомендуй", r"ищу", r"подбер", r"что есть", r"какие .{0,20}есть"),
    "policy": _rx(r"policy", r"policies", r"terms", r"politica", r"politika", r"kebijakan", r"правил", r"политик"),
    "hours": _rx(r"hours", r"open\b", r"opening", r"close[sd]?\b", r"sunday", r"saturday", r"weekend",
                 r"horario", r"atienden", r"atendem", r"que horas", r"a que hora", r"abren", r"domingo", r"sabado", r"atendimento", r"funcionam",
                 r"saat", r"acik", r"pazar", r"cumartesi", r"jam\b", r"buka", r"minggu", r"sabtu",
                 r"работаете", r"часы", r"воскресень", r"суббот", r"во сколько"),
    "contact": _rx(r"e-?mail", r"e-?posta", r"contact", r"phone number", r"reach you", r"correo", r"contato", r"contacto",
                   r"iletisim", r"eposta", r"kontak", r"hubungi", r"почт", r"связат", r"контакт"),
    "payment": _rx(r"pay\b", r"payment", r"paypal", r"credit card", r"pago", r"pagar", r"tarjeta", r"pagamento",
                   r"cartao", r"boleto", r"odeme", r"kredi kart", r"bayar", r"pembayaran", r"оплат", r"карт(?!ин)"),
}

# Topic words translated to English, to search English store texts with questions in other languages.
GLOSSARY: dict[str, str] = {
    # shipping / delivery
    "envio": "shipping", "envios": "shipping", "enviar": "ship", "envian": "ship", "entrega": "delivery",
    "entregam": "ship deliver", "frete": "shipping", "gratis": "free", "gratuito": "free",
    "kargo": "shipping", "ucretsiz": "free", "kirim": "ship", "dikirim": "ship", "ongkir": "shipping cost",
    "pengiriman": "shipping", "gratis ongkir": "free shipping", "standar": "standard", "estandar": "standard",
    "padrao": "standard", "express": "express", "expresso": "express", "ekspres": "express",
    "доставка": "shipping delivery", "доставки": "shipping delivery", "отправка": "ship", "бесплатн": "free",
    "pais": "countries", "paises": "countries", "ulke": "countries", "negara": "countries", "стран": "countries",
    # returns / refunds / warranty
    "devolucion": "return", "devolver": "return", "devolucao": "return", "reembolso": "refund",
    "iade": "return refund", "retur": "return", "pengembalian": "return refund", "возврат": "return refund",
    "garantia": "warranty", "garanti": "warranty", "garansi": "warranty", "гарантия": "warranty",
    "condicao": "condition unused original packaging", "condicion": "condition unused original packaging",
    "kondisi": "condition unused", "durum": "condition", "состояни": "condition unused",
    "embalagem": "packaging", "empaque": "packaging",
    # store info
    "horario": "hours", "domingo": "sunday closed", "domingos": "sunday closed", "sabado": "saturday",
    "pazar": "sunday", "cumartesi": "saturday", "minggu": "sunday", "sabtu": "saturday",
    "воскресенье": "sunday", "суббот": "saturday", "atienden": "customer service hours open",
    "работаете": "customer service hours", "jam": "hours", "buka": "open hours",
    "pago": "payment", "pagamento": "payment", "odeme": "payment", "pembayaran": "payment", "bayar": "pay",
    "оплата": "payment", "tarjeta": "card", "cartao": "card",
    "correo": "email", "contato": "contact email", "iletisim": "contact email", "почта": "email",
    "cancelar": "cancel", "iptal": "cancel", "batal": "cancel", "отмен": "cancel",
    # promotions
    "descuento": "discount", "desconto": "discount", "indirim": "discount", "diskon": "discount",
    "скидка": "discount", "cupon": "code", "cupom": "code", "codigo": "code", "kupon": "code", "kode": "code",
    "промокод": "discount code", "primer pedido": "first order", "primeira compra": "first order",
    "первый заказ": "first order", "ilk siparis": "first order", "pertama": "first",
    "minimo": "minimum", "minimum": "minimum", "минимальн": "minimum",
    # catalog vocabulary (for recommendations)
    # everyday product nouns, so "¿cuánto cuesta la chaqueta?" finds the store's only jacket
    "chaqueta": "jacket", "jaqueta": "jacket", "ceket": "jacket", "mont": "jacket", "jaket": "jacket",
    "куртк": "jacket", "pantalon": "pants", "calca": "pants", "pantolon": "pants", "celana": "pants",
    "брюк": "pants", "штан": "pants", "mochila": "backpack daypack", "canta sirt": "backpack",
    "sirt cantasi": "backpack daypack", "ransel": "backpack daypack", "рюкзак": "backpack daypack",
    "tienda de campana": "tent", "barraca": "tent", "cadir": "tent", "tenda": "tent", "палатк": "tent",
    "botas": "boots", "bota": "boots", "sepatu bot": "boots", "ботинк": "boots",
    "estufa": "stove", "hornillo": "stove", "fogareiro": "stove", "kompor": "stove",
    "плитк": "stove", "горелк": "stove", "calcetines": "socks", "meias": "socks", "corap": "socks",
    "kaos kaki": "socks", "носк": "socks", "botella": "bottle", "garrafa": "bottle", "sise": "bottle",
    "matara": "bottle", "botol": "bottle", "бутылк": "bottle", "фляг": "bottle", "linterna": "headlamp",
    "lanterna": "headlamp", "fener": "headlamp", "senter": "headlamp", "фонар": "headlamp",
    "bastones": "poles", "bastoes": "poles", "baton": "poles", "tongkat": "poles", "палк": "poles",
    "saco de dormir": "sleeping bag", "uyku tulumu": "sleeping bag", "kantong tidur": "sleeping bag",
    "спальник": "sleeping bag", "спальный мешок": "sleeping bag",
    "camisa": "shirt", "camiseta": "t-shirt", "hombre": "men", "mujer": "women", "reloj": "watch",
    "zapatos": "shoes", "zapatillas": "sneakers", "bolso": "bag handbag", "gafas": "sunglasses",
    "perfume": "perfume fragrance", "homem": "men", "mulher": "women", "relogio": "watch",
    "sapato": "shoes", "bolsa": "bag handbag", "oculos": "sunglasses", "tenis": "tennis",
    "gomlek": "shirt", "erkek": "men", "kadin": "women", "saat": "watch", "ayakkabi": "shoes",
    "canta": "bag handbag", "gozluk": "sunglasses", "parfum": "perfume fragrance", "raket": "racket",
    "kemeja": "shirt", "pria": "men", "wanita": "women", "jam tangan": "watch", "sepatu": "shoes",
    "tas": "bag handbag", "kacamata": "sunglasses",
    "рубашк": "shirt", "мужск": "men", "женск": "women", "час": "watch", "обувь": "shoes",
    "сумк": "bag handbag", "очки": "sunglasses", "духи": "perfume fragrance", "наушник": "earphones headphones",
    "беспроводн": "wireless", "телефон": "smartphone phone", "смартфон": "smartphone", "ноутбук": "laptop",
    "celular": "smartphone phone", "telefono": "smartphone phone", "portatil": "laptop",
    "ponsel": "smartphone phone", "laptop": "laptop", "telefon": "smartphone phone",
    "rapido": "fast overnight", "hizli": "fast overnight", "cepat": "fast overnight", "быстр": "fast overnight",
    "de um dia pro outro": "overnight", "al dia siguiente": "overnight", "ertesi gun": "overnight",
    "omur boyu": "lifetime", "vitalicia": "lifetime", "seumur hidup": "lifetime", "пожизненн": "lifetime",
}

_GLOSS_RX = [(re.compile(f"{B}{re.escape(k)}"), v) for k, v in sorted(GLOSSARY.items(), key=lambda kv: -len(kv[0]))]


def expand_query(folded: str) -> str:
    """The folded query plus English topic words for the non-English words it contains."""
    extra = [v for rx, v in _GLOSS_RX if rx.search(folded)]
    return folded + (" " + " ".join(extra) if extra else "")


def has(cue: str, folded: str) -> bool:
    return bool(CUES[cue].search(folded))
