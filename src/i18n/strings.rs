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
    pub const SAME_IN_BOTH: &'static [Key] = &[
        Key::Aad,
        Key::Msa,
        Key::TierActionPack,
        Key::ColActionPack,
        Key::WorkloadAzure,
        Key::SfbRequestFor,
    ];
}

strings! {
    // Shell
    AppName => "Support Benefits", "Destek Avantajları";
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
    LanguageLoadFailed => "The other language could not be loaded. Check your connection and try again.", "Diğer dil yüklenemedi. Bağlantınızı kontrol edip yeniden deneyin.";
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
    FooterNote => "A simulation for learning. Not affiliated with Microsoft; no data leaves this browser.", "Öğrenmek için bir simülasyon. Microsoft ile bağlantılı değildir; hiçbir veri bu tarayıcıdan çıkmaz.";
    NoticeUnreadable => "Stored data could not be read: {reason}. It was kept as a backup, and the app started a new scenario.", "Kayıtlı veriler okunamadı: {reason}. Yedek olarak saklandı ve uygulama yeni bir senaryo başlattı.";
    NoticeNewer => "Saved by a newer version of the app (version {version}). To keep it safe, changes made here are not saved. Work on a copy to save yours; the newer data is kept as a backup.", "Uygulamanın daha yeni bir sürümüyle kaydedildi (sürüm {version}). Güvende kalması için burada yapılan değişiklikler kaydedilmez. Kendi değişikliklerinizi kaydetmek için bir kopya üzerinde çalışın; yeni veriler yedek olarak saklanır.";
    NoticeUnavailable => "This browser does not let the app store data (private mode or storage turned off). Changes last until you close the page.", "Bu tarayıcı uygulamanın veri saklamasına izin vermiyor (gizli mod veya depolama kapalı). Değişiklikler sayfayı kapatana kadar geçerli.";
    NoticeFull => "This browser's storage is full: your latest changes are not saved. To keep them, use Export on Scenarios.", "Bu tarayıcının depolama alanı dolu: son değişiklikleriniz kaydedilmedi. Saklamak için Senaryolar sayfasında Dışa aktar'ı kullanın.";
    DownloadStored => "Download that data", "Bu verileri indir";
    UpdateReady => "A new version of the app is ready. Reload to use it; your data stays.", "Uygulamanın yeni bir sürümü hazır. Kullanmak için yeniden yükleyin; verileriniz korunur.";
    ReloadToUpdate => "Reload", "Yeniden yükle";
    LargerText => "Larger text", "Daha büyük metin";
    SharedAsk => "This link carries a shared scenario of {tenant}. Replace your current data with it?", "Bu bağlantı {tenant} için paylaşılmış bir senaryo taşıyor. Geçerli verilerinizin yerini alsın mı?";
    SharedRefused => "This share link could not be read: {reason}.", "Bu paylaşım bağlantısı okunamadı: {reason}.";
    SharedNotMine => "it was not made by this app, or it is damaged", "bu uygulamayla oluşturulmamış veya bozulmuş";
    ReplaceMyData => "Replace my data", "Verilerimin yerini alsın";
    KeepMyData => "Keep my data", "Verilerimi koru";
    SharedLoaded => "Loaded the shared scenario of {tenant}.", "{tenant} için paylaşılan senaryo yüklendi.";
    ShareLink => "Copy share link", "Paylaşım bağlantısını kopyala";
    ShareLinkLabel => "Share link", "Paylaşım bağlantısı";
    ShareCopied => "Share link copied. Whoever opens it is asked before it replaces their data.", "Paylaşım bağlantısı kopyalandı. Açan kişiye, verilerinin yerini almadan önce sorulur.";
    ShareNotCopied => "Share link created: copy it from the Share link field.", "Paylaşım bağlantısı oluşturuldu: Paylaşım bağlantısı alanından kopyalayın.";
    ShareFailed => "This browser could not create a share link.", "Bu tarayıcı bir paylaşım bağlantısı oluşturamadı.";
    TourHeading => "Guided tour", "Rehberli tur";
    TourStepOf => "Step {n} of {total}", "Adım {n} / {total}";
    TourIntro => "Walk through the article step by step: activation, the IDs, Support for Business, the remaining incidents, the Azure link and its diagnosis, the CSP plan and the Admin agent. Each step shows the control to use and moves on when you have used it. Starting loads the CSP and MPN partner scenario.", "Makaleyi adım adım izleyin: etkinleştirme, kimlikler, İş İçin Destek, kalan olaylar, Azure bağlantısı ve tanısı, CSP planı ve Yönetici aracısı. Her adım kullanılacak denetimi gösterir ve onu kullandığınızda ilerler. Başlatmak, CSP ve MPN iş ortağı senaryosunu yükler.";
    StartTour => "Start the guided tour", "Rehberli turu başlat";
    ResumeTour => "Resume the tour", "Tura devam et";
    LeaveTour => "Leave the tour", "Turdan çık";
    TourGoTo => "Go to {page}", "{page} sayfasına git";
    TourDone => "Tour complete", "Tur tamamlandı";
    TourDoneBody => "You have followed the whole article, from activation to the Admin agent.", "Etkinleştirmeden Yönetici aracısına kadar makalenin tamamını izlediniz.";
    TourClose => "Close the tour", "Turu kapat";
    Tour1Title => "Sign in as an admin", "Yönetici olarak oturum açın";
    Tour1Body => "Sign in with the Global admin or the MPN partner admin: only they may activate the technical benefits (R4.1).", "Genel yönetici veya MPN iş ortağı yöneticisi ile oturum açın: teknik avantajları yalnızca onlar etkinleştirebilir (R4.1).";
    Tour2Title => "Activate the benefits", "Avantajları etkinleştirin";
    Tour2Body => "On Technical benefits, press Activate: Partner Center issues an Access ID and a Contract ID (R4.2–R4.4).", "Teknik avantajlar sayfasında Etkinleştir'e basın: İş Ortağı Merkezi bir Erişim Kimliği ve bir Sözleşme Kimliği verir (R4.2–R4.4).";
    Tour3Title => "Add the partner contract", "İş ortağı sözleşmesini ekleyin";
    Tour3Body => "In Support for Business, choose a product and a title, press Next, open “Need to buy or add more support plans?” and add the contract with the two IDs (R5.1).", "İş İçin Destek'te bir ürün ve başlık seçin, İleri'ye basın, “Daha fazla destek planı satın almanız veya eklemeniz mi gerekiyor?” bölümünü açın ve sözleşmeyi iki kimlikle ekleyin (R5.1).";
    Tour4Title => "Submit the request", "İsteği gönderin";
    Tour4Body => "Choose the partner contract's plan and submit: only Support for Business shows the remaining incidents (R6.7).", "İş ortağı sözleşmesinin planını seçip gönderin: kalan olayları yalnızca İş İçin Destek gösterir (R6.7).";
    Tour5Title => "Link the benefits in Azure", "Avantajları Azure'da bağlayın";
    Tour5Body => "On the Azure portal's Support plans, press Link support benefits with the same IDs and read the diagnosis (R7.2).", "Azure portalının Destek planları sayfasında aynı kimliklerle Destek avantajlarını bağla'ya basın ve tanıyı okuyun (R7.2).";
    Tour6Title => "Use the CSP plan", "CSP planını kullanın";
    Tour6Body => "On New support request, create a request on the Cloud Solution Provider plan: it uses no partner incidents (R7.4).", "Yeni destek isteği sayfasında Bulut Çözümü Sağlayıcısı planıyla bir istek oluşturun: iş ortağı olayı kullanmaz (R7.4).";
    Tour7Title => "Help a customer as the Admin agent", "Yönetici aracısı olarak bir müşteriye yardım edin";
    Tour7Body => "Sign in as the Admin agent, open Customers, a customer's Service management, choose a workload and open its portal (R8.1).", "Yönetici aracısı olarak oturum açın, Müşteriler'i, bir müşterinin Hizmet yönetimini açın, bir iş yükü seçip portalını açın (R8.1).";
    WorkOnCopy => "Work on a copy", "Bir kopya üzerinde çalış";
    CopyMadeAnnounce => "The newer data was kept as a backup. Your changes are saved from now on.", "Yeni veriler yedek olarak saklandı. Değişiklikleriniz bundan sonra kaydedilir.";
    SyncedAnnounce => "Updated with changes made in another tab.", "Başka bir sekmede yapılan değişikliklerle güncellendi.";
    DocTooLarge => "it is {size} bytes, more than the {limit} bytes allowed", "{size} bayt; izin verilen {limit} bayttan fazla";
    DocNotJson => "it is not JSON (at byte {offset}, expected {expected})", "JSON değil ({offset}. baytta beklenen: {expected})";
    DocShape => "{path} is not right (expected {expected})", "{path} doğru değil (beklenen: {expected})";
    DocNewer => "it was saved by a newer version of the app (version {version})", "uygulamanın daha yeni bir sürümüyle kaydedilmiş (sürüm {version})";
    ProblemUnknownAccount => "{path} names an account that is not in the scenario", "{path} senaryoda olmayan bir hesabı gösteriyor";
    ProblemUnknownContract => "{path} names a contract that is not in the scenario", "{path} senaryoda olmayan bir sözleşmeyi gösteriyor";
    ProblemDuplicate => "{path} is used twice", "{path} iki kez kullanılmış";
    ProblemEndsBeforeStart => "{path} is before the start date", "{path} başlangıç tarihinden önce";
    ProblemUsedMore => "{path} is more than the contract includes", "{path} sözleşmenin içerdiğinden fazla";
    ProblemDayOutOfRange => "{path} is outside 2000-01-01 to 2099-12-31", "{path} 2000-01-01 ile 2099-12-31 aralığının dışında";
    ProblemWrongVersion => "{path} does not match the document's version", "{path} belgenin sürümüyle eşleşmiyor";
    // Your data (Scenarios)
    DataHeading => "Your data", "Verileriniz";
    DataIntro => "Everything stays in this browser. Export saves the scenario as a JSON file; Import checks one and loads it back.", "Her şey bu tarayıcıda kalır. Dışa aktar, senaryoyu bir JSON dosyası olarak kaydeder; İçe aktar, bir dosyayı denetleyip geri yükler.";
    Export => "Export", "Dışa aktar";
    ExportedAnnounce => "Exported {file}.", "{file} dışa aktarıldı.";
    ImportLabel => "Import scenario file", "Senaryo dosyasını içe aktar";
    ImportHint => "A JSON file exported by this app, up to 1 MB. It replaces the current scenario.", "Bu uygulamanın dışa aktardığı, en fazla 1 MB'lık bir JSON dosyası. Geçerli senaryonun yerini alır.";
    ImportedAnnounce => "Imported {file}.", "{file} içe aktarıldı.";
    ImportFailed => "{file} was not imported: {reason}.", "{file} içe aktarılmadı: {reason}.";
    ResetAll => "Reset all data", "Tüm verileri sıfırla";
    ResetTitle => "Reset all data?", "Tüm veriler sıfırlansın mı?";
    ResetBody => "The scenario, its contracts, requests and clock are replaced by the Gold cloud partner preset on today's date. Export first to keep a copy.", "Senaryo, sözleşmeleri, istekleri ve saati bugünün tarihinde Gold bulut iş ortağı hazır ayarıyla değiştirilir. Bir kopya saklamak için önce dışa aktarın.";
    ExportFirst => "Export first", "Önce dışa aktar";
    ResetAnnounce => "All data was reset.", "Tüm veriler sıfırlandı.";
    Dismiss => "Dismiss", "Kapat";
    // Accounts and sign-in
    RoleGlobalAdmin => "Global admin", "Genel yönetici";
    RoleMpnPartnerAdmin => "MPN partner admin", "MPN iş ortağı yöneticisi";
    RoleAdminAgent => "Admin agent", "Yönetici aracısı";
    NoRole => "No role", "Rol yok";
    Aad => "AAD", "AAD";
    Msa => "MSA", "MSA";
    AadLong => "Work account", "İş hesabı";
    MsaLong => "Personal Microsoft account", "Kişisel Microsoft hesabı";
    SignInIntro => "Choose an account of the current scenario, {tenant}. Each shows its roles, so you can see what each role may do.", "Geçerli senaryodaki ({tenant}) bir hesap seçin. Her hesabın rolleri görünür; böylece her rolün neler yapabileceğini görebilirsiniz.";
    SignInCurrent => "Signed in", "Oturum açık";
    SignedInAnnounce => "Signed in as {name}.", "{name} olarak oturum açıldı.";
    SignedOutAnnounce => "Signed out.", "Oturum kapatıldı.";
    SignedOutPrompt => "You are not signed in. Sign in with an account of the scenario to continue.", "Oturum açmadınız. Devam etmek için senaryodaki bir hesapla oturum açın.";
    SignInLink => "Sign in", "Oturum aç";
    // Tiers and entitlement
    TierNone => "No active membership", "Etkin üyelik yok";
    TierActionPack => "Action Pack", "Action Pack";
    TierSilver => "Silver", "Silver (Gümüş)";
    TierGold => "Gold", "Gold (Altın)";
    ColTechnicalSupport => "Technical support", "Teknik destek";
    ColActionPack => "Action Pack", "Action Pack";
    ColSilver => "Silver competency", "Silver yetkinlik";
    ColGold => "Gold competency", "Gold yetkinlik";
    RowOnPremises => "Microsoft product support — on-premises products only", "Microsoft ürün desteği — yalnızca şirket içi ürünler";
    RowSignature => "Signature cloud support — cloud products only", "İmza bulut desteği — yalnızca bulut ürünleri";
    Incidents => "{n} incidents", "{n} olay";
    Unlimited => "Unlimited", "Sınırsız";
    NotIncluded => "Not included", "Dahil değil";
    CloudCompetencies => "Cloud competencies", "Bulut yetkinlikleri";
    OtherCompetencies => "Other competencies", "Diğer yetkinlikler";
    YourOrganization => "Your organization", "Kuruluşunuz";
    EntitlementCaption => "Technical support entitlement of {tenant} (tier: {tier})", "{tenant} teknik destek yetkilendirmesi (kademe: {tier})";
    // Technical benefits
    NotAuthorized => "You are not authorized for this action.", "Bu eylem için yetkiniz yok.";
    NotAuthorizedHint => "This organization is associated with CSP only, not with MPN. Technical benefits need an account of an MPN-associated organization.", "Bu kuruluş yalnızca CSP ile ilişkili, MPN ile değil. Teknik avantajlar için MPN ile ilişkili bir kuruluşun hesabı gerekir.";
    NoBenefitsYet => "Looks like you don't have any benefits yet.", "Henüz herhangi bir avantajınız yok gibi görünüyor.";
    NoBenefitsHint => "If your company has active membership offers but you don't see them, you may be signed in with the wrong account. Choose the Account icon at the top right to check, and sign in with another account if needed.", "Şirketinizin etkin üyelik teklifleri varsa ama bunları görmüyorsanız yanlış hesapla oturum açmış olabilirsiniz. Kontrol etmek için sağ üstteki Hesap simgesini seçin ve gerekirse başka bir hesapla oturum açın.";
    PersonalAccountPartnerCenter => "Personal Microsoft accounts cannot open Partner Center. Sign in with a work account of the organization. (Personal accounts can still use Support for Business and the Azure portal with the IDs.)", "Kişisel Microsoft hesapları İş Ortağı Merkezi'ni açamaz. Kuruluşun bir iş hesabıyla oturum açın. (Kişisel hesaplar kimliklerle İş İçin Destek'i ve Azure portalını yine de kullanabilir.)";
    TwoBenefitsIntro => "The Technical benefits page shows two separate benefits:", "Teknik avantajlar sayfası iki ayrı avantajı gösterir:";
    BenefitIncidents => "Technical product support incidents", "Teknik ürün desteği olayları";
    BenefitIncidentsBody => "Troubleshooting for a specific problem, error message or feature that doesn't work as expected.", "Belirli bir sorun, hata iletisi veya beklendiği gibi çalışmayan bir işlev için sorun giderme.";
    BenefitPresales => "Technical presales and deployment services", "Teknik satış öncesi ve dağıtım hizmetleri";
    BenefitPresalesBody => "Consultations for pre-sales and deployment (TPD). Not simulated here: the link below leads to Microsoft's documentation.", "Satış öncesi ve dağıtım danışmanlığı (TPD). Burada simüle edilmez: aşağıdaki bağlantı Microsoft belgelerine gider.";
    ActivateHeading => "Activate your technical support benefits", "Teknik destek avantajlarınızı etkinleştirin";
    ActivateIntro => "Benefits must be activated before any technical support benefit can be used. Activation issues an Access ID and a Contract ID for the current membership period.", "Herhangi bir teknik destek avantajı kullanılmadan önce avantajlar etkinleştirilmelidir. Etkinleştirme, geçerli üyelik dönemi için bir Erişim Kimliği ve Sözleşme Kimliği verir.";
    Activate => "Activate", "Etkinleştir";
    ActivateRoleRequired => "Only a Global admin or an MPN partner admin can activate. Your roles: {roles}. Ask one of them to activate; the IDs will then be shown to you too.", "Yalnızca Genel yönetici veya MPN iş ortağı yöneticisi etkinleştirebilir. Rolleriniz: {roles}. Bunlardan birinden etkinleştirmesini isteyin; kimlikler size de gösterilecek.";
    ActivatedAnnounce => "Benefits activated. Access ID {access}, Contract ID {contract}.", "Avantajlar etkinleştirildi. Erişim Kimliği {access}, Sözleşme Kimliği {contract}.";
    AlreadyActivatedNote => "The benefits are active for this membership period.", "Avantajlar bu üyelik dönemi için etkin.";
    ExpiredActivateAgain => "The contract of the previous period has expired. Activate again to get new IDs for the renewed period.", "Önceki dönemin sözleşmesinin süresi doldu. Yenilenen dönem için yeni kimlikler almak üzere yeniden etkinleştirin.";
    IdsHeading => "Your support IDs", "Destek kimlikleriniz";
    IdsIntro => "Every user of the organization sees these IDs. Each account needs them once, the first time it uses Microsoft product support or Signature cloud support.", "Kuruluşun tüm kullanıcıları bu kimlikleri görür. Her hesap bunlara yalnızca bir kez, Microsoft ürün desteğini veya İmza bulut desteğini ilk kullandığında ihtiyaç duyar.";
    AccessId => "Access ID", "Erişim Kimliği";
    ContractId => "Contract ID", "Sözleşme Kimliği";
    ContractPeriod => "Valid from {start} to {end}", "{start} - {end} arasında geçerli";
    ContractExpiredOn => "Expired on {end}", "{end} tarihinde süresi doldu";
    CopyValue => "Copy {what}", "{what} kopyala";
    CopiedAnnounce => "{what} copied to the clipboard.", "{what} panoya kopyalandı.";
    CopyFailed => "Could not copy. Select the text and copy it yourself.", "Kopyalanamadı. Metni seçip kendiniz kopyalayın.";
    // Why?
    Why => "Why?", "Neden?";
    WhyRules => "Rules applied", "Uygulanan kurallar";
    WhyFacts => "Facts used", "Kullanılan olgular";
    FactToday => "Simulated today: {day}", "Simüle edilen bugün: {day}";
    FactSignedOut => "Nobody is signed in", "Oturum açan yok";
    FactAccountKind => "Account type: {kind}", "Hesap türü: {kind}";
    FactRoles => "Roles: {roles}", "Roller: {roles}";
    FactMpn => "MPN-associated: {value}", "MPN ile ilişkili: {value}";
    FactCsp => "CSP partner: {value}", "CSP iş ortağı: {value}";
    FactOffer => "Active offer: {offer}, until {end}", "Etkin teklif: {offer}, bitiş {end}";
    FactNoOffer => "No active membership offer", "Etkin üyelik teklifi yok";
    FactTier => "Tier: {tier}", "Kademe: {tier}";
    FactOnPrem => "On-premises incidents: {n}", "Şirket içi olaylar: {n}";
    FactSignature => "Signature cloud support: {value}", "İmza bulut desteği: {value}";
    FactContract => "Contract ID: {id}", "Sözleşme Kimliği: {id}";
    FactAccessId => "Access ID entered: {id}", "Girilen Erişim Kimliği: {id}";
    FactContractEnd => "Contract end date: {day}", "Sözleşme bitiş tarihi: {day}";
    FactOnPremRemaining => "On-premises incidents left: {n}", "Kalan şirket içi olaylar: {n}";
    FactSignatureRemaining => "Signature incidents left: {n}", "Kalan İmza olayları: {n}";
    FactAssociated => "Already added to this account: {value}", "Bu hesaba zaten eklenmiş: {value}";
    FactProduct => "{product}; N-1 covers: {supported}", "{product}; N-1 kapsamı: {supported}";
    Yes => "Yes", "Evet";
    No => "No", "Hayır";
    Pack5 => "Signature 5 pack (5 incidents)", "İmza 5 paketi (5 olay)";
    Pack10 => "Signature 10 pack (10 incidents)", "İmza 10 paketi (10 olay)";
    // Overview
    OverviewIntro => "Your organization's support benefits at a glance, as of the simulated day {day}.", "Kuruluşunuzun destek avantajlarına simüle edilen gün olan {day} itibarıyla bir bakış.";
    NextStepHeading => "Next step", "Sonraki adım";
    NextSignIn => "Sign in with one of the scenario's accounts to see what it may do.", "Neler yapabileceğini görmek için senaryodaki hesaplardan biriyle oturum açın.";
    NextWorkAccount => "A personal Microsoft account cannot open Partner Center. Sign in with a work account of the organization.", "Kişisel Microsoft hesabı İş Ortağı Merkezi'ni açamaz. Kuruluşun bir iş hesabıyla oturum açın.";
    NextCspPlan => "This organization is CSP-only, so Partner Center shows it no technical benefits. Its accounts create cloud requests on the Cloud Solution Provider support plan.", "Bu kuruluş yalnızca CSP olduğundan İş Ortağı Merkezi ona teknik avantaj göstermez. Hesapları bulut isteklerini Bulut Çözümü Sağlayıcısı destek planıyla oluşturur.";
    NextGetMembership => "The organization has no active membership offer, so no support benefits yet. An Action Pack or a competency brings them.", "Kuruluşun etkin üyelik teklifi olmadığından henüz destek avantajı yok. Bir Action Pack veya yetkinlik bunları sağlar.";
    NextActivate => "Activate the technical benefits to get the Access ID and Contract ID.", "Erişim Kimliği ve Sözleşme Kimliği almak için teknik avantajları etkinleştirin.";
    NextAskAdmin => "The benefits are not active for this period. Ask a Global admin or an MPN partner admin to activate them.", "Avantajlar bu dönem için etkin değil. Bir Genel yönetici veya MPN iş ortağı yöneticisinden etkinleştirmesini isteyin.";
    NextCreateRequests => "The contract is valid and has incidents left: add it with its IDs and create support requests.", "Sözleşme geçerli ve kalan olayları var: kimlikleriyle ekleyip destek istekleri oluşturun.";
    NextPaidSupport => "The contract has no on-premises incidents left. Premier or Advanced Support for Partners can cover more.", "Sözleşmenin kalan şirket içi olayı yok. İş Ortakları için Premier veya Gelişmiş Destek daha fazlasını karşılayabilir.";
    GoNewCloudRequest => "Create a cloud support request", "Bulut destek isteği oluştur";
    GoRules => "See how entitlement works", "Yetkilendirmenin nasıl çalıştığını görün";
    GoTechnicalBenefits => "Go to Technical benefits", "Teknik avantajlara git";
    GoSfb => "Create an on-premises support request", "Şirket içi destek isteği oluştur";
    GoPartnerPlans => "Compare partner support plans", "İş ortağı destek planlarını karşılaştır";
    CardSignedIn => "Signed in", "Oturum açan";
    CardOrganization => "Organization", "Kuruluş";
    CardMembership => "Membership", "Üyelik";
    CardContract => "Partner contract", "İş ortağı sözleşmesi";
    LabelName => "Name", "Ad";
    Email => "Email", "E-posta";
    Roles => "Roles", "Roller";
    LabelMpnId => "MPN ID", "MPN Kimliği";
    LabelMpnAssociated => "MPN-associated", "MPN ile ilişkili";
    LabelCsp => "Cloud Solution Provider", "Bulut Çözümü Sağlayıcısı";
    LabelTier => "Tier", "Kademe";
    LabelStatus => "Status", "Durum";
    NoneValue => "None", "Yok";
    OfferActiveUntil => "Active until {end}", "{end} tarihine kadar etkin";
    OfferEndedOn => "Ended on {end}", "{end} tarihinde sona erdi";
    OfferStartsOn => "Starts on {start}", "{start} tarihinde başlar";
    ContractNotActivated => "Not activated", "Etkinleştirilmedi";
    ContractValidUntil => "Valid until {end}", "{end} tarihine kadar geçerli";
    RemainingOnPrem => "On-premises incidents left", "Kalan şirket içi olaylar";
    RemainingSignature => "Signature cloud incidents left", "Kalan İmza bulut olayları";
    RemainingNote => "The real portals show these counts only while you create a request; this overview always does.", "Gerçek portallar bu sayıları yalnızca istek oluştururken gösterir; bu genel bakış her zaman gösterir.";
    // Customers (R8.1)
    CustomersIntro => "In Partner Center, CSP > Customers lists the organizations you serve. An Admin agent opens a customer's Service management and creates a support request for a workload there.", "İş Ortağı Merkezi'nde CSP > Müşteriler, hizmet verdiğiniz kuruluşları listeler. Yönetici aracısı bir müşterinin Hizmet yönetimini açar ve orada bir iş yükü için destek isteği oluşturur.";
    CustomerList => "Customer list", "Müşteri listesi";
    ServiceManagement => "Service management", "Hizmet yönetimi";
    ServiceManagementFor => "Service management: {customer}", "Hizmet yönetimi: {customer}";
    ServiceManagementIntro => "Create a support request for this customer. The workload decides which portal takes the request.", "Bu müşteri için destek isteği oluşturun. İsteği hangi portalın alacağını iş yükü belirler.";
    NewRequest => "New request", "Yeni istek";
    Workload => "Workload", "İş yükü";
    ChooseWorkload => "Choose a workload", "Bir iş yükü seçin";
    WorkloadAzure => "Azure", "Azure";
    WorkloadOnPremises => "On-premises products", "Şirket içi ürünler";
    OpenAzurePortal => "Open the Azure portal: New support request", "Azure portalını aç: Yeni destek isteği";
    OpenSfbPortal => "Open Support for Business: Create a support request", "İş İçin Destek'i aç: Destek isteği oluştur";
    WorkloadOpenedAnnounce => "Opened the {workload} request for {customer}.", "{customer} için {workload} isteği açıldı.";
    ErrAdminAgentRequired => "The Customers path needs the Admin agent role. Your roles: {roles}. Sign in with an Admin agent account to continue.", "Müşteriler yolu Yönetici aracısı rolü gerektirir. Rolleriniz: {roles}. Devam etmek için bir Yönetici aracısı hesabıyla oturum açın.";
    ErrNotCsp => "This organization is not a Cloud Solution Provider (CSP) partner, so it has no customers to serve here.", "Bu kuruluş bir Bulut Çözümü Sağlayıcısı (CSP) iş ortağı değil; bu nedenle burada hizmet verebileceği müşterisi yok.";
    // Scenarios
    ScenariosIntro => "Each preset is a partner organization with an account in every role, a work account with no role and a personal account. Loading one replaces the current data.", "Her hazır senaryo; her rolde bir hesabı, rolü olmayan bir iş hesabı ve kişisel bir hesabı olan bir iş ortağı kuruluşudur. Birini yüklemek geçerli verilerin yerini alır.";
    PresetsHeading => "Presets", "Hazır senaryolar";
    Load => "Load", "Yükle";
    CurrentScenario => "Current scenario", "Geçerli senaryo";
    PresetLoadedAnnounce => "Loaded {preset}. Nobody is signed in.", "{preset} yüklendi. Oturum açan kimse yok.";
    PresetGoldCloud => "Gold cloud partner", "Gold bulut iş ortağı";
    PresetGoldCloudAbout => "Gold in a cloud competency: 20 on-premises incidents and unlimited Signature cloud support.", "Bulut yetkinliğinde Gold: 20 şirket içi olay ve sınırsız İmza bulut desteği.";
    PresetSilverHybrid => "Silver hybrid partner", "Silver hibrit iş ortağı";
    PresetSilverHybridAbout => "Silver in other competencies only: 15 on-premises incidents and a Signature 5 pack that runs out.", "Yalnızca diğer yetkinliklerde Silver: 15 şirket içi olay ve tükenen bir İmza 5 paketi.";
    PresetActionPack => "Action Pack partner", "Action Pack iş ortağı";
    PresetActionPackAbout => "Action Pack only: 10 on-premises incidents and no Signature cloud support.", "Yalnızca Action Pack: 10 şirket içi olay, İmza bulut desteği yok.";
    PresetCspOnly => "CSP-only partner", "Yalnızca CSP iş ortağı";
    PresetCspOnlyAbout => "Not associated with MPN: no Technical benefits, but the Cloud Solution Provider plan and the Admin agent path.", "MPN ile ilişkili değil: teknik avantaj yok, ancak Bulut Çözümü Sağlayıcısı planı ve Yönetici aracısı yolu var.";
    PresetNoActive => "No active membership", "Etkin üyelik yok";
    PresetNoActiveAbout => "Its offers ended 30 days ago: \"Looks like you don't have any benefits yet.\"", "Teklifleri 30 gün önce sona erdi: \"Henüz herhangi bir avantajınız yok gibi görünüyor.\"";
    PresetCspAndMpn => "CSP and MPN partner", "CSP ve MPN iş ortağı";
    PresetCspAndMpnAbout => "Gold in cloud competencies and a CSP: both the partner contract and the Cloud Solution Provider plan.", "Bulut yetkinliklerinde Gold ve CSP: hem iş ortağı sözleşmesi hem Bulut Çözümü Sağlayıcısı planı.";
    // Rules
    RulesIntro => "How much technical support a partner gets follows from its active membership offers (R2, R3). First the article's table with the column of {tenant} highlighted, then every combination of offers, each result with the rule that gives it.", "Bir iş ortağının ne kadar teknik destek aldığı etkin üyelik tekliflerinden çıkar (R2, R3). Önce {tenant} sütunu vurgulanmış makale tablosu, ardından her teklif bileşimi; her sonuç onu veren kuralla birlikte.";
    RulesArticleHeading => "The article's table", "Makaledeki tablo";
    RulesMatrixHeading => "Every combination of offers", "Tüm teklif bileşimleri";
    RulesMatrixIntro => "Each row is a mix of active offers: Action Pack or not, and the best cloud and best other competency. Beyond cloud or other, which competency it is changes nothing (R2.2). The row of {tenant} is marked.", "Her satır bir etkin teklif bileşimidir: Action Pack olup olmadığı, en iyi bulut ve en iyi diğer yetkinlik. Bulut ya da diğer olması dışında hangi yetkinlik olduğu bir şey değiştirmez (R2.2). {tenant} satırı işaretlidir.";
    MatrixCaption => "Entitlement of every mix of offers", "Her teklif bileşiminin yetkilendirmesi";
    ColBestCloud => "Best cloud competency", "En iyi bulut yetkinliği";
    ColBestOther => "Best other competency", "En iyi diğer yetkinlik";
    ColOnPremShort => "On-premises incidents", "Şirket içi olaylar";
    ColSignatureShort => "Signature cloud support", "İmza bulut desteği";
    WhyTierBest => "the highest active offer", "en yüksek etkin teklif";
    WhyTierNone => "no active offer", "etkin teklif yok";
    WhyOnPremTier => "set by the tier, not added up", "kademeye göre, toplanmaz";
    WhySigCloud => "a cloud competency", "bir bulut yetkinliği";
    WhySigOther => "{level}, other competencies only", "{level}, yalnızca diğer yetkinlikler";
    WhySigActionPack => "Action Pack alone grants none", "Action Pack tek başına vermez";
    WhySigNoOffer => "no active offer", "etkin teklif yok";
    ThisOrganization => "This organization", "Bu kuruluş";
    RulesCompetenciesHeading => "Cloud and other competencies", "Bulut ve diğer yetkinlikler";
    RulesCompetenciesIntro => "Signature cloud support depends on whether a competency is a cloud competency (R2.2, R3.2).", "İmza bulut desteği, yetkinliğin bulut yetkinliği olup olmadığına bağlıdır (R2.2, R3.2).";
    // Benefits
    BenefitsIntro => "The membership benefits of {tenant}, as Partner Center lists them under Benefits.", "{tenant} kuruluşunun üyelik avantajları; İş Ortağı Merkezi'nin Avantajlar altında listelediği gibi.";
    BenefitsOffersHeading => "Membership offers", "Üyelik teklifleri";
    BenefitsTechnicalHeading => "Technical benefits", "Teknik avantajlar";
    BenefitsTechnicalBody => "Technical product support incidents for on-premises products and Signature cloud support for cloud products, once activated.", "Etkinleştirildikten sonra şirket içi ürünler için teknik ürün desteği olayları ve bulut ürünleri için İmza bulut desteği.";
    OpenTechnicalBenefits => "Open Technical benefits", "Teknik avantajları aç";
    MoreInformation => "More information about technical presales and deployment services (Microsoft Docs, opens another site)", "Teknik satış öncesi ve dağıtım hizmetleri hakkında daha fazla bilgi (Microsoft Docs, başka bir siteyi açar)";
    // Shared forms
    AccessIdHint => "Format ABCD-1234, as shown on Technical benefits.", "Biçim ABCD-1234; Teknik avantajlar sayfasında gösterildiği gibi.";
    ContractIdHint => "10 digits.", "10 rakam.";
    Back => "Back", "Geri";
    Cancel => "Cancel", "İptal";
    // Support for Business (R6)
    SfbIntro => "Support for Business is where on-premises requests are made on the partner contract, and the only portal that shows the remaining incidents (R6.7).", "İş İçin Destek, iş ortağı sözleşmesiyle şirket içi isteklerin oluşturulduğu yerdir ve kalan olayları gösteren tek portaldır (R6.7).";
    SfbStep1 => "Step 1 of 2: the problem", "Adım 1 / 2: sorun";
    SfbStep2 => "Step 2 of 2: support plans", "Adım 2 / 2: destek planları";
    Product => "Product", "Ürün";
    ChooseProduct => "Choose a product", "Bir ürün seçin";
    RequestTitle => "Request title", "İstek başlığı";
    Next => "Next", "İleri";
    ErrChooseProduct => "Choose the product the request is about.", "İsteğin ilgili olduğu ürünü seçin.";
    ErrEmptyTitle => "Enter a title for the request.", "İstek için bir başlık girin.";
    ErrTitleTooLong => "The title can be at most {max} characters.", "Başlık en fazla {max} karakter olabilir.";
    SfbRequestFor => "{product}: “{title}”", "{product}: “{title}”";
    SupportPlans => "Support plans", "Destek planları";
    PartnerSupport => "Partner support", "İş ortağı desteği";
    StartDate => "Start date", "Başlangıç tarihi";
    EndDate => "End date", "Bitiş tarihi";
    RemainingIncidents => "Remaining incidents", "Kalan olaylar";
    NoUsablePlan => "No support plan of this account can be used for this request. Add the partner contract with its IDs below, or see why a plan is unavailable.", "Bu hesabın hiçbir destek planı bu istek için kullanılamıyor. Aşağıdan iş ortağı sözleşmesini kimlikleriyle ekleyin veya bir planın neden kullanılamadığına bakın.";
    NeedMorePlans => "Need to buy or add more support plans?", "Daha fazla destek planı satın almanız veya eklemeniz mi gerekiyor?";
    AddContractIntro => "Any account, work or personal, that has the Access ID and Contract ID can add the partner contract. The IDs are needed only the first time (R5.1).", "Erişim Kimliği ve Sözleşme Kimliğine sahip her hesap, iş veya kişisel, iş ortağı sözleşmesini ekleyebilir. Kimlikler yalnızca ilk kez gerekir (R5.1).";
    AddContract => "Add contract", "Sözleşme ekle";
    Add => "Add", "Ekle";
    ContractAddedAnnounce => "Contract {contract} added to your account.", "{contract} numaralı sözleşme hesabınıza eklendi.";
    SeeUnavailable => "Do you want to see unavailable support plans?", "Kullanılamayan destek planlarını görmek istiyor musunuz?";
    UnavailablePlans => "Unavailable support plans", "Kullanılamayan destek planları";
    NoUnavailablePlans => "No plan of this account is unavailable for this product.", "Bu hesabın bu ürün için kullanılamayan planı yok.";
    ReasonExpired => "Expired", "Süresi doldu";
    ReasonNoIncidents => "No incidents left", "Kalan olay yok";
    ReasonNotCovered => "Product not covered (N-1 policy)", "Ürün kapsam dışında (N-1 ilkesi)";
    SubmitRequest => "Submit request", "İsteği gönder";
    ChoosePlanHint => "Choose a plan to submit the request.", "İsteği göndermek için bir plan seçin.";
    OnPremSubmittedAnnounce => "Request {number} submitted. {remaining} on-premises incidents left on contract {contract}.", "{number} numaralı istek gönderildi. {contract} sözleşmesinde {remaining} şirket içi olay kaldı.";
    RequestSubmitted => "Request {number} submitted", "{number} numaralı istek gönderildi";
    NewRequestAgain => "Create another request", "Başka bir istek oluştur";
    ErrAlreadyAssociated => "Contract {contract} is already added to this account: nothing to do, it is listed under Support plans.", "{contract} sözleşmesi bu hesaba zaten eklenmiş: yapılacak bir şey yok, Destek planları altında listeleniyor.";
    ErrContractExpired => "Contract {contract} has expired and cannot be added. The organization must activate its renewed membership for new IDs.", "{contract} sözleşmesinin süresi doldu ve eklenemez. Yeni kimlikler için kuruluşun yenilenen üyeliğini etkinleştirmesi gerekir.";
    ErrPlanUnavailable => "This plan cannot be used for this request. Open the unavailable plans to see why.", "Bu plan bu istek için kullanılamaz. Nedenini görmek için kullanılamayan planları açın.";
    ErrNoSuchPlan => "This account has not added that contract.", "Bu hesap o sözleşmeyi eklemedi.";
    // Azure portal (R7)
    AzurePlansIntro => "Help + support lists the support plans of the signed-in account. Link support benefits adds the partner contract with its IDs (R7.1).", "Yardım + destek, oturum açan hesabın destek planlarını listeler. Destek avantajlarını bağla, iş ortağı sözleşmesini kimlikleriyle ekler (R7.1).";
    YourPlans => "Your support plans", "Destek planlarınız";
    NoCloudPlans => "No valid support plan yet. Link support benefits with the IDs from Technical benefits.", "Henüz geçerli destek planı yok. Teknik avantajlardaki kimliklerle destek avantajlarını bağlayın.";
    SignatureCloudSupport => "Signature cloud support", "İmza bulut desteği";
    CloudSolutionProvider => "Cloud Solution Provider", "Bulut Çözümü Sağlayıcısı";
    CspPlanNote => "For CSP partners, without adding a contract. It uses no partner incidents (R7.4).", "CSP iş ortakları için, sözleşme eklemeden. İş ortağı olayı kullanmaz (R7.4).";
    LinkSupportBenefits => "Link support benefits", "Destek avantajlarını bağla";
    LinkIntro => "Enter the Access ID and Contract ID from Partner Center's Technical benefits.", "İş Ortağı Merkezi Teknik avantajlar sayfasındaki Erişim Kimliği ve Sözleşme Kimliğini girin.";
    Link => "Link", "Bağla";
    LinkedAnnounce => "Support benefits linked: contract {contract} is now one of your support plans.", "Destek avantajları bağlandı: {contract} sözleşmesi artık destek planlarınızdan biri.";
    DiagAlreadyLinked => "This contract is already associated with your account (for example, it was added for on-premises support). Nothing to do: use + New support request and the plan will be shown.", "Bu sözleşme hesabınızla zaten ilişkili (örneğin şirket içi destek için eklendi). Yapılacak bir şey yok: + Yeni destek isteği'ni kullanın, plan gösterilecek.";
    DiagExpired => "The support contract has expired, so it is hidden as invalid. Linking it again cannot help: a new Azure support plan is needed.", "Destek sözleşmesinin süresi doldu, bu yüzden geçersiz olarak gizlendi. Yeniden bağlamak işe yaramaz: yeni bir Azure destek planı gerekir.";
    DiagExhausted => "The {pack} has no incidents left, so the plan is hidden as invalid. A new Azure support plan is needed to track incidents.", "{pack} içinde kalan olay yok, bu yüzden plan geçersiz olarak gizlendi. Olayları izlemek için yeni bir Azure destek planı gerekir.";
    DiagActionPack => "Signature cloud support is not part of Action Pack: Action Pack includes Microsoft product support for on-premises products only. Use Support for Business for those.", "İmza bulut desteği Action Pack'e dahil değildir: Action Pack yalnızca şirket içi ürünler için Microsoft ürün desteği içerir. Bunlar için İş İçin Destek'i kullanın.";
    RealPortalWouldSay => "What the Azure portal would say", "Azure portalı ne derdi";
    RealPortalError => "This Access ID is already associated with an account. Please contact your Technical Account Manager to get a new Access ID.", "Bu Erişim Kimliği bir hesapla zaten ilişkili. Yeni bir Erişim Kimliği almak için lütfen Teknik Hesap Yöneticinize başvurun.";
    RealPortalExplain => "The real portal shows this one message for all of these situations. It is misleading; the diagnosis above is the true reason.", "Gerçek portal bu durumların hepsi için bu tek iletiyi gösterir. Yanıltıcıdır; yukarıdaki tanı gerçek nedendir.";
    RealPortalOther => "Here the real portal would not show its “already associated” error, but its own refusal of these IDs.", "Burada gerçek portal “zaten ilişkili” hatasını göstermez; bu kimlikleri kendi iletisiyle reddederdi.";
    NewSupportRequestButton => "+ New support request", "+ Yeni destek isteği";
    NewRequestIntro => "Cloud requests use the Signature plan linked to this account, or the Cloud Solution Provider plan for CSP partners (R7.3, R7.4).", "Bulut istekleri bu hesaba bağlı İmza planını veya CSP iş ortakları için Bulut Çözümü Sağlayıcısı planını kullanır (R7.3, R7.4).";
    Service => "Service", "Hizmet";
    ChooseService => "Choose a service", "Bir hizmet seçin";
    SupportPlan => "Support plan", "Destek planı";
    ChoosePlan => "Choose a support plan", "Bir destek planı seçin";
    Create => "Create", "Oluştur";
    ErrChooseService => "Choose the cloud service the request is about.", "İsteğin ilgili olduğu bulut hizmetini seçin.";
    ErrChoosePlan => "Choose a support plan.", "Bir destek planı seçin.";
    CloudCreatedAnnounce => "Request {number} created on {plan}. {left}", "{number} numaralı istek {plan} ile oluşturuldu. {left}";
    SignatureLeftCount => "Signature incidents left: {n}.", "Kalan İmza olayı: {n}.";
    SignatureLeftUnlimited => "Signature incidents: unlimited.", "İmza olayları: sınırsız.";
    CspUsesNone => "The Cloud Solution Provider plan uses no partner incidents.", "Bulut Çözümü Sağlayıcısı planı iş ortağı olayı kullanmaz.";
    NoPlanForRequest => "There is no valid support plan to choose. Link support benefits first, or check why on Support plans.", "Seçilebilecek geçerli bir destek planı yok. Önce destek avantajlarını bağlayın veya nedenini Destek planları sayfasında görün.";
    GoAzurePlans => "Go to Support plans", "Destek planlarına git";
    ErrSignatureUnavailable => "The Signature plan cannot be used: it is expired, used up or not included.", "İmza planı kullanılamıyor: süresi dolmuş, tükenmiş veya dahil değil.";
    ErrUnknownService => "Choose one of the listed services.", "Listelenen hizmetlerden birini seçin.";
    // Partner support plans (R9)
    PartnerPlansIntro => "Beyond the membership benefits, partners can buy a paid support plan. Compare what each covers (R9).", "Üyelik avantajlarının ötesinde iş ortakları ücretli bir destek planı satın alabilir. Her birinin neyi kapsadığını karşılaştırın (R9).";
    PlanMembership => "Membership benefits ({tier})", "Üyelik avantajları ({tier})";
    PlanAdvanced => "Advanced Support for Partners", "İş Ortakları için Gelişmiş Destek";
    PlanPremier => "Premier Support for Partners", "İş Ortakları için Premier Destek";
    CompareCaption => "Partner support plans compared", "İş ortağı destek planlarının karşılaştırması";
    CompareWhat => "What", "Ne";
    CompareOnPrem => "On-premises products", "Şirket içi ürünler";
    CompareCloud => "Cloud products", "Bulut ürünleri";
    CompareLevel => "Level of support", "Destek düzeyi";
    CompareCost => "Cost", "Maliyet";
    NotCovered => "Not covered", "Kapsanmaz";
    PerAgreement => "As agreed in the paid plan", "Ücretli plan anlaşmasına göre";
    LevelMembership => "Technical support incidents of the membership", "Üyeliğin teknik destek olayları";
    LevelAdvanced => "Advanced support for cloud products only", "Yalnızca bulut ürünleri için gelişmiş destek";
    LevelPremier => "Microsoft's highest level of technical support", "Microsoft'un en üst düzey teknik desteği";
    CostIncluded => "Included in the membership", "Üyeliğe dahil";
    CostPaid => "Paid separately", "Ayrıca ücretli";
    // Simulated clock (R10.1)
    ClockHeading => "Simulated clock", "Simüle edilen saat";
    ClockIntro => "Every date rule reads this day, so moving it shows expiry (R10.1).", "Her tarih kuralı bu günü okur; günü ilerletmek süre dolmasını gösterir (R10.1).";
    Today => "Today", "Bugün";
    UseRealDate => "Use real date", "Gerçek tarihi kullan";
    Plus30Days => "+30 days", "+30 gün";
    Plus1Year => "+1 year", "+1 yıl";
    RenewOffers => "Renew ended offers", "Sona eren teklifleri yenile";
    RenewedAnnounce => "Renewed {n} offers for a year from today. Activate again for new IDs (R4.5).", "{n} teklif bugünden itibaren bir yıl için yenilendi. Yeni kimlikler için yeniden etkinleştirin (R4.5).";
    ClockSetAnnounce => "Today is now {day}.", "Bugün artık {day}.";
    ErrDateOutOfRange => "Choose a day between 2000 and 2099.", "2000 ile 2099 arasında bir gün seçin.";
    ErrNothingToRenew => "No offer has ended, so there is nothing to renew.", "Sona eren teklif yok, yenilenecek bir şey yok.";
    // Errors, in plain words
    ErrNotSignedIn => "Sign in first.", "Önce oturum açın.";
    ErrUnknownAccount => "That account is not part of this scenario.", "Bu hesap bu senaryoda yok.";
    ErrAlreadyActivated => "The benefits are already active for this period (Contract ID {contract}).", "Avantajlar bu dönem için zaten etkin (Sözleşme Kimliği {contract}).";
    ErrMalformedAccessId => "The Access ID must look like ABCD-1234: four letters or digits, a hyphen, four more.", "Erişim Kimliği ABCD-1234 biçiminde olmalı: dört harf veya rakam, kısa çizgi, dört harf veya rakam daha.";
    ErrMalformedContractId => "The Contract ID must be exactly 10 digits, like 1234567890.", "Sözleşme Kimliği tam 10 rakam olmalı, örneğin 1234567890.";
    ErrNotActivated => "This organization has not activated its benefits yet, so no IDs exist. A Global admin or MPN partner admin must press Activate in Partner Center first.", "Bu kuruluş avantajlarını henüz etkinleştirmedi, bu yüzden kimlik yok. Önce bir Genel yönetici veya MPN iş ortağı yöneticisi İş Ortağı Merkezi'nde Etkinleştir'e basmalı.";
    ErrUnknownAccessId => "No contract has this Access ID. Check it on the Technical benefits page.", "Bu Erişim Kimliğine sahip bir sözleşme yok. Teknik avantajlar sayfasından kontrol edin.";
    ErrUnknownContractId => "No contract has this Contract ID. Check it on the Technical benefits page.", "Bu Sözleşme Kimliğine sahip bir sözleşme yok. Teknik avantajlar sayfasından kontrol edin.";
    ErrBothUnknown => "Neither ID belongs to a contract of this organization.", "Kimliklerin hiçbiri bu kuruluşun bir sözleşmesine ait değil.";
    ErrMismatched => "These IDs belong to different contracts. Use the Access ID and Contract ID of the same period, as shown together on the Technical benefits page.", "Bu kimlikler farklı sözleşmelere ait. Teknik avantajlar sayfasında birlikte gösterilen, aynı döneme ait Erişim Kimliği ve Sözleşme Kimliğini kullanın.";
    ErrUnknownCustomer => "That customer is not in this organization's list.", "Bu müşteri kuruluşun listesinde yok.";
    ErrUnknownWorkload => "Choose one of the listed workloads.", "Listelenen iş yüklerinden birini seçin.";
}
