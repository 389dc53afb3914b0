//! Every visible string, one line each: `Key => "English", "Türkçe";`.
//! `{name}` marks a value filled in by `i18n::fill`; both languages use the same names (tested).

macro_rules! strings {
    ($($key:ident => $en:literal, $tr:literal;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key),* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key),*];

            pub const fn en(self) -> &'static str {
                match self { $(Key::$key => $en),* }
            }

            pub const fn tr(self) -> &'static str {
                match self { $(Key::$key => $tr),* }
            }
        }
    };
}

impl Key {
    /// Keys whose text is a proper name, the same in both languages.
    pub const SAME_IN_BOTH: &'static [Key] = &[];
}

strings! {
    // Shell
    AppName => "Support Benefits", "Destek Avantajları";
    AppTagline => "Partner technical-support benefits, explained and simulated", "İş ortağı teknik destek avantajları: açıklama ve simülasyon";
    SkipToContent => "Skip to main content", "Ana içeriğe atla";
    NavMain => "Main", "Ana menü";
    NavOverview => "Overview", "Genel Bakış";
    NavBenefits => "Benefits", "Avantajlar";
    NavTechnicalBenefits => "Technical benefits", "Teknik avantajlar";
    NavSupportForBusiness => "Support for Business", "İş İçin Destek";
    NavAzureSupportPlans => "Azure support plans", "Azure destek planları";
    NavCustomers => "Customers", "Müşteriler";
    NavPartnerSupportPlans => "Partner support plans", "İş ortağı destek planları";
    NavRules => "Rules", "Kurallar";
    NavScenarios => "Scenarios", "Senaryolar";
    NavGroupPartnerCenter => "Partner Center", "İş Ortağı Merkezi";
    NavGroupPortals => "Support portals", "Destek portalları";
    NavGroupLearn => "Learn and train", "Öğren ve eğit";
    Account => "Account", "Hesap";
    AccountSignedInAs => "Signed in as", "Oturum açan hesap";
    AccountNotSignedIn => "Not signed in", "Oturum açılmadı";
    SignInWithAnother => "Sign in with another account", "Başka bir hesapla oturum açın";
    SignOut => "Sign out", "Oturumu kapat";
    Language => "Language", "Dil";
    LanguageChanged => "Language changed to English.", "Dil Türkçe olarak değiştirildi.";
    // Page titles (the h1 of each route)
    PageOverview => "Overview", "Genel Bakış";
    PageSignIn => "Sign in", "Oturum aç";
    PageBenefits => "Benefits", "Avantajlar";
    PageTechnicalBenefits => "Technical benefits", "Teknik avantajlar";
    PageCustomers => "Customers", "Müşteriler";
    PageSfbCreate => "Create a support request", "Destek isteği oluştur";
    PageAzureSupportPlans => "Support plans", "Destek planları";
    PageAzureNewRequest => "New support request", "Yeni destek isteği";
    PagePartnerSupportPlans => "Partner support plans", "İş ortağı destek planları";
    PageRules => "How entitlement works", "Yetkilendirme nasıl çalışır";
    PageScenarios => "Scenarios", "Senaryolar";
    PageNotFound => "Page not found", "Sayfa bulunamadı";
    PageSfbKicker => "Support for Business", "İş İçin Destek";
    PageAzureKicker => "Azure portal · Help + support", "Azure portal · Yardım + destek";
    PagePartnerCenterKicker => "Partner Center", "İş Ortağı Merkezi";
    NotFoundBody => "There is no page at this address. It may have moved, or the link may be mistyped.", "Bu adreste bir sayfa yok. Sayfa taşınmış ya da bağlantı yanlış yazılmış olabilir.";
    BackHome => "Go to the overview", "Genel bakışa git";
    UnderConstruction => "This page is being built. It will simulate: {what}", "Bu sayfa yapım aşamasında. Şunu simüle edecek: {what}";
    AboutOverview => "who is signed in, the organization, its tier and remaining incidents, and shortcuts.", "oturum açan hesap, kuruluş, kademesi, kalan olaylar ve kısayollar.";
    AboutSignIn => "choosing one of the scenario's accounts.", "senaryodaki hesaplardan birini seçme.";
    AboutBenefits => "the membership benefits of the organization.", "kuruluşun üyelik avantajları.";
    AboutTechnicalBenefits => "activating the benefits, the Access ID and Contract ID, and the entitlement table.", "avantajları etkinleştirme, Erişim Kimliği ve Sözleşme Kimliği ile yetkilendirme tablosu.";
    AboutCustomers => "the Admin agent path: Customers, Service management, New request.", "Yönetici aracısı yolu: Müşteriler, Hizmet yönetimi, Yeni istek.";
    AboutSfb => "an on-premises support request with the partner contract and its remaining incidents.", "iş ortağı sözleşmesi ve kalan olaylarıyla şirket içi destek isteği.";
    AboutAzurePlans => "linking support benefits, with the true reason instead of a misleading error.", "destek avantajlarını bağlama; yanıltıcı hata yerine gerçek neden.";
    AboutAzureNewRequest => "a cloud support request on the Signature or Cloud Solution Provider plan.", "İmza veya Bulut Çözümü Sağlayıcısı planıyla bulut destek isteği.";
    AboutPartnerPlans => "Premier and Advanced Support for Partners compared with the membership benefits.", "İş Ortakları için Premier ve Gelişmiş Destek'in üyelik avantajlarıyla karşılaştırması.";
    AboutRules => "the article's entitlement table, computed for this organization, and the full matrix.", "makaledeki yetkilendirme tablosu, bu kuruluş için hesaplanmış hâli ve tam matris.";
    AboutScenarios => "presets, the simulated clock, reset, export and import.", "hazır senaryolar, simüle saat, sıfırlama, dışa ve içe aktarma.";
    FooterNote => "A simulation for learning. Not affiliated with Microsoft; no data leaves this browser.", "Öğrenmek için bir simülasyon. Microsoft ile bağlantılı değildir; hiçbir veri bu tarayıcıdan çıkmaz.";
    StorageUnreadable => "Stored data could not be read. It was kept as a backup and the app started fresh.", "Kayıtlı veriler okunamadı. Yedek olarak saklandı ve uygulama sıfırdan başladı.";
    StorageUnavailable => "This browser is not saving data (storage is off or full). Changes last until you close the page.", "Bu tarayıcı veri kaydetmiyor (depolama kapalı veya dolu). Değişiklikler sayfayı kapatana kadar geçerli.";
    Dismiss => "Dismiss", "Kapat";
}
