"""The texts of the development stores' .docx and .pdf pages (build.py writes the files from these).

Written for this project as real shops write such pages; every shop, address, phone number and e-mail is
invented (e-mails on reserved ``.example`` domains, phone numbers in the fictional 555-01xx / 555 ranges).
A block is ("h1" | "h2" | "p" | "ul" | "table", content); see build.py.
"""

APPAREL_PROMOTIONS = ("Offers & Codes", [
    ("h1", "Offers &amp; Codes"),
    ("p", "A little something for you. All offers below apply at harborandthread.example and, unless we say "
          "otherwise, in our Portland shop."),
    ("h2", "Welcome code: HELLO15"),
    ("p", "New to Harbor &amp; Thread? Enter code HELLO15 at checkout for 15% off your first order of $75 or "
          "more (subtotal of full-price items, before shipping and tax). One use per customer. Not valid on "
          "sale items or gift cards, and it cannot be combined with other codes."),
    ("h2", "Winter Warm-Up Sale"),
    ("p", "From November 27 to December 1, 2026, take 25% off all jackets and knitwear, online and in store. "
          "The discount shows automatically in your cart, no code needed. Sale items bought during the "
          "Winter Warm-Up can be returned as usual (they are not Final Sale)."),
    ("h2", "Stack &amp; Save on jewelry"),
    ("p", "Buy three or more pieces of jewelry in one order and get 10% off each of them, automatically. "
          "It can be combined with HELLO15."),
    ("h2", "Newsletter perks"),
    ("ul", ["Early access to every sale, 24 hours before everyone else.",
            "A birthday code worth $10 off any order over $50, valid for 30 days.",
            "Sign up at the bottom of any page; unsubscribe with one click."]),
    ("h2", "Students"),
    ("p", "10% off with a valid student ID, in our Portland shop only (not online)."),
    ("h2", "Price adjustment"),
    ("p", "If something you bought at full price is reduced within 7 days of your purchase, email us and we "
          "will refund the difference once per item. This does not apply to codes or to the Stack &amp; "
          "Save discount."),
])

APPAREL_PRIVACY = ("Privacy Notice", [
    ("h1", "Privacy Notice"),
    ("p", "Last updated: September 1, 2026. This notice explains what personal information Harbor & Thread "
          "LLC (\"we\") collects when you shop with us online, in our shop or through our chat assistant, "
          "and what choices you have."),
    ("h2", "What we collect"),
    ("ul", ["Contact details: your name, email address, phone number, shipping and billing address.",
            "Order details: what you bought, when, and how it was delivered or returned.",
            "Payment details are entered on our payment processor's secure form (Shopify Payments, PayPal). "
            "We never see or store your full card number.",
            "Device and usage data: IP address, browser type and pages viewed, collected with cookies.",
            "Messages you send us by email, chat or social media."]),
    ("h2", "How we use it"),
    ("ul", ["To process, ship and return your orders and answer your questions.",
            "To send marketing emails or texts, only if you opted in.",
            "To prevent fraud and to meet our tax and accounting obligations."]),
    ("h2", "Who we share it with"),
    ("p", "Only with service providers who help us run the shop: our e-commerce platform (Shopify), payment "
          "processors, carriers (USPS, UPS, Canada Post), our email service (Klaviyo) and analytics (Google "
          "Analytics). They may use your data only to provide their service to us. We do not sell or rent "
          "your personal information, and we do not share it for cross-context behavioral advertising."),
    ("h2", "Cookies"),
    ("p", "We use essential cookies to keep your cart working and, with your consent, analytics cookies. You "
          "can change your choice at any time under \"Cookie settings\" in the footer."),
    ("h2", "How long we keep it"),
    ("table", [["Data", "Kept for"],
               ["Order and payment records", "7 years (tax law)"],
               ["Your account", "Until you delete it"],
               ["Marketing consent", "Until you unsubscribe"],
               ["Chat transcripts", "90 days"],
               ["Analytics data", "14 months"]]),
    ("h2", "Your rights"),
    ("p", "You can ask us for a copy of your data, to correct it or to delete it, and you can opt out of "
          "marketing at any time. California residents have the rights given by the CCPA/CPRA, including the "
          "right to know and the right to delete. Email privacy@harborandthread.example from the address we "
          "have on file; we answer within 30 days. We will not treat you differently for using these rights."),
    ("h2", "Children"),
    ("p", "Our shop is not directed to children under 13 and we do not knowingly collect their data."),
    ("h2", "Contact"),
    ("p", "Harbor & Thread LLC, 214 Commercial Street, Portland, ME 04101, USA. "
          "privacy@harborandthread.example"),
])

CASA_SOBRE = ("Sobre a Casa Jabuticaba", [
    ("h1", "Sobre a Casa Jabuticaba"),
    ("p", "A Casa Jabuticaba nasceu em 2017, num ateliê de fundo de quintal em Belo Horizonte, com a ideia de "
          "reunir móveis, objetos de decoração e utensílios de jardim escolhidos a dedo, de pequenos "
          "fabricantes e artesãos. Hoje vendemos para todo o Brasil, mas continuamos mineiros de coração."),
    ("h2", "Nosso showroom"),
    ("p", "Venha conhecer as peças de perto: Rua Fernandes Tourinho, 470 – Savassi, Belo Horizonte – MG, "
          "CEP 30112-000. Estacionamento conveniado na Rua Antônio de Albuquerque (1 hora grátis com "
          "qualquer compra)."),
    ("h2", "Horário de funcionamento"),
    ("table", [["Dia", "Horário"],
               ["Segunda a sexta", "9h às 18h"],
               ["Sábado", "9h às 13h"],
               ["Domingos e feriados", "Fechado"]]),
    ("h2", "Fale com a gente"),
    ("ul", ["WhatsApp: (31) 99555-0192 (segunda a sexta, 9h às 17h)",
            "Telefone: (31) 3555-0192",
            "E-mail: atendimento@casajabuticaba.example (respondemos em até 1 dia útil)",
            "Instagram: @casajabuticaba"]),
    ("h2", "Dados da empresa"),
    ("p", "Casa Jabuticaba Comércio de Artigos para Casa Ltda. – CNPJ 00.000.000/0001-00 (empresa fictícia, "
          "loja de demonstração)."),
])

CASA_PRIVACIDADE = ("Aviso de Privacidade", [
    ("h1", "Aviso de Privacidade"),
    ("p", "Este aviso explica como a Casa Jabuticaba trata os seus dados pessoais, de acordo com a Lei Geral de "
          "Proteção de Dados (Lei nº 13.709/2018, LGPD). Atualizado em 1º de setembro de 2026."),
    ("h2", "Quais dados coletamos"),
    ("ul", ["Cadastro: nome, CPF, e-mail, telefone/WhatsApp e endereço de entrega.",
            "Pedidos: produtos comprados, valores, forma de pagamento e entregas.",
            "Navegação: endereço IP, páginas visitadas e cookies.",
            "Conversas com o nosso atendimento (WhatsApp, e-mail e chat do site)."]),
    ("h2", "Para que usamos"),
    ("p", "Para processar e entregar os seus pedidos, emitir a nota fiscal, prestar atendimento, prevenir "
          "fraudes e, se você autorizar, enviar novidades e cupons por e-mail ou WhatsApp."),
    ("h2", "Com quem compartilhamos"),
    ("p", "Apenas com quem precisa dos dados para prestar o serviço: transportadoras e Correios, "
          "intermediadores de pagamento (cartão, Pix e boleto), a plataforma da loja e o serviço de e-mail. "
          "Não vendemos nem alugamos os seus dados pessoais. Não armazenamos os dados do seu cartão de "
          "crédito: o pagamento é feito no ambiente seguro do intermediador."),
    ("h2", "Por quanto tempo guardamos"),
    ("p", "Dados de pedidos e notas fiscais: 5 anos, por obrigação fiscal. Cadastro: enquanto a sua conta "
          "estiver ativa. Conversas de atendimento: 6 meses. Dados de marketing: até você cancelar a "
          "inscrição."),
    ("h2", "Seus direitos"),
    ("p", "Você pode pedir a confirmação de que tratamos seus dados, o acesso, a correção, a portabilidade, a "
          "anonimização ou a eliminação dos dados, e revogar o consentimento a qualquer momento. Basta "
          "escrever para o nosso encarregado (DPO), Marina Costa, no e-mail privacidade@casajabuticaba.example. "
          "Respondemos em até 15 dias."),
    ("h2", "Cookies"),
    ("p", "Usamos cookies necessários para o carrinho funcionar e, com o seu consentimento, cookies de "
          "estatística. Você pode mudar sua escolha no link \"Preferências de cookies\" no rodapé."),
])

VENDURE_ENVIOS = ("Envíos y entregas", [
    ("h1", "Envíos y entregas"),
    ("p", "Preparamos los pedidos en nuestro almacén de València. Si haces el pedido antes de las 14:00 de un "
          "día laborable, sale ese mismo día; si no, al siguiente día laborable."),
    ("h2", "Tarifas para la Península"),
    ("table", [["Importe del pedido", "Estándar (3-5 días laborables)", "Urgente (24-48 h laborables)"],
               ["Hasta 29,99 €", "4,95 €", "9,95 €"],
               ["De 30 € a 99,99 €", "2,95 €", "7,95 €"],
               ["100 € o más", "Gratis", "4,95 €"]]),
    ("p", "El importe es el total de los productos con IVA, después de aplicar los descuentos."),
    ("h2", "Baleares, Canarias, Ceuta y Melilla"),
    ("ul", ["Baleares: se suma un suplemento de 6 € por pedido a la tarifa de la tabla (también en los pedidos "
            "con envío gratis). Estándar en 4-6 días laborables; urgente en 48-72 h.",
            "Canarias, Ceuta y Melilla: suplemento de 15 € por pedido sobre la tarifa estándar; solo envío "
            "estándar, en 5-8 días laborables. Los impuestos de importación (IGIC o IPSI) y los gastos de "
            "aduana los paga el destinatario en la entrega.",
            "Las plantas no se envían a Baleares, Canarias, Ceuta ni Melilla."]),
    ("h2", "Portugal"),
    ("p", "Tarifa única de 9,95 € por pedido, entrega en 4-6 días laborables. Gratis a partir de 150 €. "
          "Por ahora no enviamos a otros países."),
    ("h2", "Artículos voluminosos"),
    ("p", "La Road Bike, los sofás (Grey Fabric Sofa y Leather Sofa) y la Guardian Lion Statue viajan por "
          "agencia de transporte: 29 € por artículo, siempre, también en pedidos de más de 100 €, con entrega "
          "en 5-7 días laborables. Solo Península."),
    ("h2", "Recogida en tienda"),
    ("p", "Gratis. Elige «Recoger en tienda» al pagar y pasa por Carrer de Sueca, 41 (València) con el correo "
          "de confirmación: normalmente lo tenemos listo en 2 horas dentro del horario de la tienda."),
    ("h2", "Seguimiento"),
    ("p", "En cuanto sale tu pedido te mandamos por e-mail y SMS el número de seguimiento y el enlace de la "
          "agencia (Correos Express o SEUR)."),
])

VENDURE_PRIVACIDAD = ("Política de privacidad", [
    ("h1", "Política de privacidad"),
    ("p", "Última actualización: 1 de septiembre de 2026. Aquí te contamos qué datos personales tratamos, para "
          "qué y qué derechos tienes, según el Reglamento General de Protección de Datos (RGPD) y la LOPDGDD."),
    ("h2", "Responsable"),
    ("p", "Vértice Comercio, S.L. (empresa ficticia de demostración), Carrer de Sueca, 41, 46006 València. "
          "Contacto para privacidad: privacidad@vertice-tienda.example."),
    ("h2", "Qué datos tratamos y para qué"),
    ("ul", ["Para gestionar tus pedidos, envíos, devoluciones y garantías: nombre, dirección, e-mail, teléfono "
            "y productos comprados (base legal: el contrato de compra).",
            "Para emitir facturas y cumplir con Hacienda (base legal: obligación legal).",
            "Para enviarte ofertas por e-mail, solo si te suscribes (base legal: tu consentimiento).",
            "Para atenderte por chat, e-mail o teléfono: el contenido de tus mensajes."]),
    ("h2", "Con quién los compartimos"),
    ("p", "Con las agencias de transporte (Correos Express, SEUR), la pasarela de pago (Redsys, PayPal, Bizum), "
          "nuestro proveedor de alojamiento web y nuestra herramienta de e-mail. Nunca vendemos tus datos. No "
          "guardamos los datos de tu tarjeta: el pago se hace en la pasarela del banco."),
    ("h2", "Cuánto tiempo los guardamos"),
    ("p", "Facturas y datos de pedidos: 6 años (Código de Comercio). Conversaciones del chat: 12 meses. Datos "
          "de la cuenta: hasta que la borres. Suscripción: hasta que te des de baja."),
    ("h2", "Tus derechos"),
    ("p", "Puedes ejercer tus derechos de acceso, rectificación, supresión, oposición, limitación y "
          "portabilidad escribiendo a privacidad@vertice-tienda.example con una copia de tu DNI. Te "
          "respondemos en el plazo de un mes. Si no estás conforme, puedes reclamar ante la Agencia Española "
          "de Protección de Datos (www.aepd.es)."),
    ("h2", "Cookies"),
    ("p", "Usamos cookies técnicas necesarias y, si las aceptas, cookies analíticas. Puedes cambiar tu elección "
          "en «Configurar cookies», al pie de cada página."),
])

GADGETS_PROMOTIONS = ("Deals & promo codes", [
    ("h1", "Deals & promo codes"),
    ("p", "Current offers at lakeshoregadget.example and in our Milwaukee store. Only one promo code can be used per "
          "order, and codes can't be used on items that are already on sale."),
    ("h2", "NEWHERE12: first order"),
    ("p", "12% off your first order of $60 or more (subtotal after other discounts, before shipping and tax). The "
          "discount is capped at $100. One use per customer and email address. Not valid on Apple products, gift "
          "cards or Lakeshore Care+ plans."),
    ("h2", "GEARUP25: accessory with a new phone or tablet"),
    ("p", "Buying a phone or a tablet? Add one accessory (a case, a charger, a battery pack, a selfie stick or a "
          "monopod) to the same order and enter GEARUP25: that accessory is 25% off. One accessory per phone or "
          "tablet in the order. Online only."),
    ("h2", "New Year Tech Sale"),
    ("p", "From December 26, 2026 to January 4, 2027: 15% off every laptop and tablet, and 20% off kitchen "
          "appliances, online and in the store. Prices are already reduced, no code needed. Items bought in the sale "
          "can be returned within the usual window of their category."),
    ("h2", "Gift wrapping"),
    ("p", "Gift wrapping costs $5 per item and is free from December 1 to December 24. Choose it at checkout; we add "
          "a gift receipt without prices."),
    ("h2", "Students and teachers"),
    ("p", "5% off laptops and tablets in our store with a valid school or university ID. Not valid online and not "
          "combinable with the New Year Tech Sale."),
    ("h2", "Newsletter"),
    ("p", "Sign up at the bottom of any page to hear about sales first. We send at most two emails a month."),
])

GADGETS_PRIVACY = ("Privacy Notice", [
    ("h1", "Privacy Notice"),
    ("p", "Effective October 1, 2026. Lakeshore Gadget Co. LLC (\"Lakeshore\", \"we\") runs lakeshoregadget.example "
          "and the store at 2210 North Farwell Avenue, Milwaukee, WI 53202. This notice tells you what personal "
          "information we collect, why, who receives it and what you can ask us to do."),
    ("h2", "Information we collect"),
    ("ul", ["Identity and contact details: name, email address, phone number, billing and delivery addresses.",
            "Orders: what you bought, prices, delivery and returns. Card payments are handled by Stripe and "
            "PayPal; we never receive your full card number.",
            "Trade-ins: the make, model, serial number and IMEI of a device you trade in, and your ID, which the law "
            "requires second-hand dealers to record.",
            "Support: what you write to us by chat, email or text.",
            "Browsing: IP address, device and browser type, pages viewed, collected with cookies."]),
    ("h2", "Why we use it"),
    ("ul", ["To take payment, deliver your orders, and handle returns and warranty claims.",
            "To answer your questions.",
            "To prevent fraud and meet our legal and tax obligations.",
            "To send offers by email or text, only if you signed up. Reply STOP to any text or click Unsubscribe in "
            "any email to stop."]),
    ("h2", "Who receives it"),
    ("p", "Our service providers, only to do their job for us: Shopify (our store platform), Stripe, PayPal and "
          "Affirm (payments; Affirm only if you choose it), UPS, USPS and Canada Post (delivery), Mailchimp "
          "(email), Zendesk (customer support) and Google Analytics (site statistics). We do not sell your "
          "personal information and we do not share it for targeted advertising."),
    ("h2", "How long we keep it"),
    ("table", [["Information", "How long"],
               ["Orders, invoices and payment records", "6 years"],
               ["Trade-in records (serial number, IMEI, ID)", "3 years"],
               ["Support chats, emails and texts", "18 months"],
               ["Your customer account", "Until you close it"],
               ["Email and text marketing consent", "Until you unsubscribe"],
               ["Analytics data", "26 months"]]),
    ("h2", "Your choices and rights"),
    ("p", "You can ask for a copy of your information, ask us to correct or delete it, and opt out of marketing at "
          "any time. If you live in a state with a consumer privacy law (for example California, Colorado, "
          "Connecticut or Virginia) you have the rights that law gives you. Email privacy@lakeshoregadget.example "
          "or call (414) 555-0163. We confirm your identity through the email address on your account and reply "
          "within 45 days. You may use an authorized agent."),
    ("h2", "Cookies"),
    ("p", "Essential cookies keep your cart and checkout working. Analytics cookies are used only if you accept them "
          "in the cookie banner; change your choice any time with \"Cookie preferences\" in the footer. We honor "
          "the Global Privacy Control (GPC) signal of your browser."),
    ("h2", "Children"),
    ("p", "Our website is not meant for children under 13, and we do not knowingly collect their information."),
])

BEREKET_TESLIMAT = ("Teslimat ve Kargo", [
    ("h1", "Teslimat ve Kargo"),
    ("p", "Siparişlerinizi Berlin'de kendi kuryemiz Bereket Kurye ile, Almanya'nın geri kalanına ve komşu "
          "ülkelere DHL ile gönderiyoruz. Kargo ücreti teslimat bölgesine ve siparişin toplam ağırlığına göre "
          "hesaplanır; sepetinizin toplam ağırlığı ödeme sayfasında görünür. Türkiye'ye ve aşağıdaki "
          "listede olmayan ülkelere gönderim yapmıyoruz."),
    ("h2", "Kargo ücretleri"),
    ("table", [["Bölge", "5 kg'a kadar", "5,01 - 15 kg", "15,01 - 31,5 kg", "Teslim süresi"],
               ["Bölge 1: Berlin", "3,90 €", "5,90 €", "7,90 €", "Seçtiğiniz gün ve saat aralığı"],
               ["Bölge 2: Almanya", "5,49 €", "7,99 €", "11,99 €", "1 - 3 iş günü"],
               ["Bölge 3: Komşu ülkeler", "12,90 €", "17,90 €", "24,90 €", "3 - 5 iş günü"]]),
    ("ul", ["Bölge 1: Berlin posta kodları (10115 - 14199), Bereket Kurye ile. Teslimat Pazartesi - Cumartesi "
            "10:00 - 21:00 arasında, ödeme sayfasında seçtiğiniz 2 saatlik zaman aralığında yapılır.",
            "Bölge 2: Almanya'nın geri kalanı, DHL ile.",
            "Bölge 3: Avusturya, Hollanda, Belçika ve Lüksemburg, DHL ile."]),
    ("p", "31,5 kg'ı aşan siparişler birden fazla koli olarak gönderilir ve her koli için tablodaki ücret ayrı "
          "alınır. Asgari sipariş tutarı Bölge 1'de 25 €, Bölge 2 ve 3'te 15 €'dur."),
    ("h2", "Ücretsiz kargo"),
    ("ul", ["Bölge 1 (Berlin): 49 € ve üzeri siparişlerde teslimat ücretsiz.",
            "Bölge 2 (Almanya): 79 € ve üzeri siparişlerde 15 kg'a kadar ücretsiz. 15 kg'ı aşan siparişlerde "
            "79 €'nun üzerinde de tablodaki 15,01 - 31,5 kg ücreti ödenir.",
            "Bölge 3: ücretsiz kargo yoktur."]),
    ("p", "Sipariş tutarı, indirimler düşüldükten sonraki ürün toplamıdır; kargo ücreti, ek ücretler ve şişe "
          "depozitosu (Pfand) bu tutara dahil değildir."),
    ("h2", "Soğutmalı ürünler"),
    ("p", "Et, tavuk, balık, süt, yumurta ve dondurma soğutmalı ürünlerdir. Bölge 2'ye soğutmalı ürün içeren "
          "siparişler yalıtımlı kutu ve buz aküsüyle gönderilir: tablodaki kargo ücretine ek olarak sipariş "
          "başına 4,90 € soğuk zincir ücreti alınır. Bu ek ücret, kargosu ücretsiz olan siparişlerde de "
          "ödenir. Berlin kurye teslimatlarında soğuk zincir ücreti yoktur."),
    ("ul", ["Soğutmalı ürün içeren DHL siparişleri yalnızca Pazartesi, Salı ve Çarşamba kargoya verilir, "
            "böylece paket hafta sonu yolda kalmaz. Perşembe'den Pazar'a kadar verilen bu siparişler bir "
            "sonraki Pazartesi gönderilir.",
            "Dondurma yalnızca Bölge 1'e (Berlin kurye) gönderilir.",
            "Bölge 3'e soğutmalı ürün gönderilmez."]),
    ("h2", "Hızlı teslimat"),
    ("ul", ["Ekspres (yalnızca Bölge 2): iş günlerinde saat 11:00'e kadar verilen siparişler ertesi iş günü "
            "saat 12:00'ye kadar teslim edilir. Tablodaki ücrete ek olarak 8,90 €; kargosu ücretsiz olan "
            "siparişlerde de 8,90 € ödenir. Cumartesi teslimat yapılmaz.",
            "Aynı gün teslimat (yalnızca Bölge 1): Pazartesi - Cumartesi saat 12:00'ye kadar verilen "
            "siparişler aynı gün 17:00 - 21:00 arasında teslim edilir. Ek ücret 2,50 €."]),
    ("h2", "Ada teslimatları"),
    ("p", "Kuzey ve Doğu Denizi adalarına (Sylt, Föhr, Amrum, Pellworm, Helgoland, Borkum, Norderney ve diğer "
          "Doğu Frizya adaları) tablodaki ücrete ek olarak sipariş başına 6,00 € ada ücreti alınır. Adalara "
          "soğutmalı ürün ve ekspres gönderim yapılmaz."),
    ("h2", "Mağazadan teslim alma"),
    ("p", "Ücretsizdir. Ödeme sayfasında \"Mağazadan teslim al\" seçeneğini seçin; siparişiniz mağaza açıkken 2 "
          "saat içinde hazırlanır ve size SMS gönderilir. Siparişler 3 gün, soğutmalı ürün içeren siparişler "
          "1 gün bekletilir."),
    ("h2", "Gönderim, takip ve teslimat"),
    ("ul", ["İş günlerinde saat 13:00'e kadar verilen DHL siparişleri aynı gün kargoya verilir (soğutmalı "
            "ürün kuralı saklıdır).",
            "Kargo takip numarası e-posta ile gönderilir. Berlin kurye siparişlerinde teslimattan 30 dakika önce "
            "SMS gelir.",
            "Evde değilseniz kurye paketi yalnızca ödeme sayfasında izin verdiyseniz komşunuza bırakır. "
            "Soğutmalı ürünler komşuya bırakılmaz; yeni bir teslimat zamanı için sizi ararız. İkinci teslimat "
            "denemesi 3,90 €'dur."]),
])

BEREKET_KAMPANYALAR = ("Kampanyalar ve İndirim Kodları", [
    ("h1", "Kampanyalar ve İndirim Kodları"),
    ("p", "Aşağıdaki kampanyalar bereketmarket.example adresindeki online mağazada ve aksi belirtilmedikçe "
          "Sonnenallee'deki mağazamızda geçerlidir. Bir siparişte yalnızca bir indirim kodu kullanılabilir."),
    ("h2", "Hoş geldin kodu: HOSGELDIN10"),
    ("p", "İlk online siparişinizde %10 indirim. Koşullar: sepet tutarı en az 40 € (indirimlerden sonraki ürün "
          "toplamı; kargo ve depozito hariç), indirim en fazla 15 €. Her müşteri ve her teslimat adresi için "
          "bir kez kullanılabilir. Protein Tozu'nda, hediye kartlarında ve kampanyalı (zaten indirimli) "
          "ürünlerde geçerli değildir; başka kodlarla birleştirilemez. Mağazada geçerli değildir."),
    ("h2", "Mutfak Haftası: 11 - 24 Ocak 2027"),
    ("p", "11 Ocak 2027 Pazartesi'den 24 Ocak 2027 Pazar gününe kadar Pişirme kategorisindeki tüm ürünlerde "
          "(Yapışmaz Tava, Karbon Çelik Wok Tava, Cam Kapaklı Çelik Tencere) %20, diğer mutfak gereçlerinde "
          "%10 indirim. İndirim sepette kendiliğinden uygulanır, kod gerekmez; online ve mağazada geçerlidir, "
          "stoklarla sınırlıdır. Mutfak Haftası'nda alınan ürünler normal iade koşullarıyla iade edilebilir."),
    ("h2", "Ramazan hediyesi: 8 Şubat - 9 Mart 2027"),
    ("p", "Bu tarihler arasında 60 € ve üzeri her online siparişe bir Kavanoz Bal hediye. Yalnızca Bölge 1 ve "
          "Bölge 2 teslimatlarında ve mağazadan teslim alınan siparişlerde geçerlidir; sipariş başına bir "
          "kavanoz, stoklarla sınırlı. Hediye bal iade edilen siparişlerde iade tutarından düşülmez."),
    ("h2", "Su kampanyası: 6 al 5 öde"),
    ("p", "Doğal Kaynak Suyu'ndan 6 şişe alana 1 şişe bizden (6 şişe için 5 şişe fiyatı). Kampanya yalnızca "
          "aynı üründen 6'lı alımlarda geçerlidir; depozito her şişe için ayrı alınır."),
    ("h2", "Neukölln komşu indirimi"),
    ("p", "Neukölln posta kodlarına (12043, 12045, 12047, 12049, 12051, 12053, 12055, 12057, 12059) Bereket Kurye "
          "teslimatı 30 € ve üzeri siparişlerde ücretsizdir (diğer Berlin adreslerinde 49 €). Aynı gün teslimat "
          "ek ücreti (2,50 €) bu indirime dahil değildir."),
    ("h2", "Bereket Kart"),
    ("p", "Mağazada ücretsiz Bereket Kart alın: her 1 € alışverişe 1 puan, 100 puan = 1 € indirim. Puanlar "
          "yalnızca mağaza alışverişlerinde toplanır ve harcanır; online siparişlerde geçerli değildir. Puanlar "
          "24 ay geçerlidir."),
])

DOCUMENTS = {
    "apparel/store/promotions.pdf": APPAREL_PROMOTIONS,
    "apparel/store/privacy.docx": APPAREL_PRIVACY,
    "casa/store/sobre.docx": CASA_SOBRE,
    "casa/store/privacidade.pdf": CASA_PRIVACIDADE,
    "vendure/store/envios.docx": VENDURE_ENVIOS,
    "vendure/store/privacidad.pdf": VENDURE_PRIVACIDAD,
    "gadgets/store/promotions.docx": GADGETS_PROMOTIONS,
    "gadgets/store/privacy.pdf": GADGETS_PRIVACY,
    "bereket/store/teslimat-ve-kargo.pdf": BEREKET_TESLIMAT,
    "bereket/store/kampanyalar.docx": BEREKET_KAMPANYALAR,
}
