package accreditation

// Sources returns the research sources the shipped rules cite, in table
// order: each with its citation key (Ref), kind, title and address. A shipped
// rule's [RuleSource] starts from one of these and adds a section and a
// note; notes cite further sources by key in brackets ("[S5]"). The keys
// resolve here, and the rules reference (RULES.md) lists them all.
func Sources() []RuleSource {
	out := make([]RuleSource, len(sourceTable))
	for i, e := range sourceTable {
		out[i] = e.source()
	}
	return out
}

// sourceEntry is one row of the source table.
type sourceEntry struct {
	key        string
	kind       SourceKind
	title, url string
}

func (e sourceEntry) source() RuleSource {
	return RuleSource{Ref: e.key, Title: e.title, URL: e.url, Kind: e.kind}
}

// sourceTable lists the research sources by key. Keys are stable: a key
// is never reused for another source.
var sourceTable = [...]sourceEntry{
	{"S1", SourceCommentary, "RA 4373 Q&A", "https://jur.ph/law/facts/act-regulate-social-work-agencies-philippines"},
	{"S2", SourceCommentary, "RA 4373 summary", "https://jur.ph/law/summary/act-regulate-social-work-agencies-philippines"},
	{"S3", SourceLawLibrary, "RA 5175 (1967)", "http://chief5.lawphil.net/statutes/repacts/ra1967/ra_5175_1967.html"},
	{"S4", SourceCopy, "RA 10847 text (copy)", "https://scribd.com/document/632866239/REVIEWER"},
	{"S5", SourceNews, "Age 21 → 18 (Manila Bulletin, 2016)", "https://balita.mb.com.ph/2016/04/24/edad-ng-social-worker-ibababa"},
	{"S6", SourceNews, "Section 12 requirements incl. 1,000 case hours", "http://www.canadianinquirer.net/2015/01/01/age-requirement-for-social-work-board-exam-applicants-need-to-be-abolished-solon/"},
	{"S7", SourceGovernment, "Exam subjects and weights (DSWD FO III, 2017)", "https://fo3.dswd.gov.ph/2017/08/dswd-field-office-iii-lauds-new-social-workers/"},
	{"S8", SourceRegulator, "Penalties and titles (PRC Koronadal)", "https://koronadal.prc.gov.ph/social-workers"},
	{"S9", SourceNews, "Special exam abroad", "https://www.sunstar.com.ph/davao/no-passers-in-special-exam-for-social-workers"},
	{"S10", SourceRegulator, "Foreign applicants (PRC Lucena advisory)", "https://lucena.prc.gov.ph/article/public-advisory-applications-foreign-nationals-intending-take-philippine-licensure"},
	{"S11", SourceCommentary, "PRC Res. 187 (1991)", "https://jur.ph/law/facts/issuance-of-professional-license-in-lieu-of-registration-card"},
	{"S12", SourceCommentary, "PRC Res. 2005-282 / RA 6511", "https://jur.ph/law/summary/delinquent-professionals-update-registration-fee"},
	{"S13", SourceCommentary, "RA 10912", "https://jur.ph/law/facts/continuing-professional-development-act-of-2016"},
	{"S14", SourceCopy, "CPD FAQ (effectivity, phase-in)", "https://pdfslide.us/documents/what-is-republic-act-no-10912-is-all-about-republic-act-prcgovphuploadeddocumentscpd.html"},
	{"S15", SourceNews, "Res. 2019-1146 (BusinessWorld)", "https://www.bworldonline.com/economy/2019/02/17/214739/prc-relaxes-license-renewal-requirements-during-cpd-transition-period/"},
	{"S16", SourceBlog, "Res. 2019-1146 effective 1 Mar 2019", "https://www.nonoynet.com/prc-new-irr-of-cpd-law-takes-effect-march-1-2019/"},
	{"S17", SourceBlog, "Undertaking and s.15.3", "https://meredealerskarakal.pages.dev/800050.html"},
	{"S18", SourceCopy, "Res. 2019-1146 sections 3.27, 10", "https://blog.brainscape.com/flashcards/prc-resolution-no-2019-1146-series-of-20-8736411/packs/14741052"},
	{"S19", SourceNews, "Res. 2024-1908 (undertaking to 31 Dec 2025)", "https://thesummitexpress.com/2025/02/prc-extends-acceptance-cpd-undertaking-prc-license-renewal.html"},
	{"S20", SourceGovernment, "DOLE CPD page (carry-over)", "https://www.dole.gov.ph/continuing-professional-development-cpd/"},
	{"S21", SourceNews, "PRC amendment proposals, Sept 2025", "https://dzrh.com.ph/post/prc-calls-for-amendment-of-cpd-act-urges-focus-on-program-quality"},
	{"S22", SourceNews, "CPD history 45 → 15; bills", "https://theplatformnews.com/top-stories/featured-articles/revisiting-a-law-that-divides-professionals"},
	{"S23", SourceGovernment, "DSWD CPD provider FAQ", "https://sites.google.com/dswd.gov.ph/swidb-cpd-portal/faqs"},
	{"S24", SourceCopy, "Undertaking until 31 Dec 2018", "https://deped31.rssing.com/chan-63327918/article1147.html"},
	{"S25", SourceCommentary, "PIC renewal every 3 years", "https://www.respicio.ph/commentaries/prc-id-renewal-in-the-philippines-requirements-fees-and-step-by-step-process"},
	{"S30", SourceLawLibrary, "Law 14/2019 Art. 1", "https://pasal.id/en/peraturan/uu/uu-no-14-tahun-2019/koreksi/5893433"},
	{"S31", SourceNews, "Arts. 28–29 (STR)", "https://www.gresnews.com/mobile/berita/tips/119260-surat-tanda-registrasi-bagi-pekerja-sosial/"},
	{"S32", SourceBlog, "MoSA Reg. 17/2020", "https://www.jogloabang.com/sosial/permensos-17-2020-registrasi-izin-praktik-pekerja-sosial"},
	{"S33", SourceBlog, "SIPPS definition", "https://www.peksos.eu.org/2022/06/surat-izin-praktik-pekerja-sosial-adalah.html"},
	{"S34", SourceBlog, "Education Reg. 15/2022", "https://www.inforegulasi.com/2022/08/permendikbudristek-nomor-15-tahun-2022.html"},
	{"S35", SourceBlog, "Reg. 15/2022 definitions (RPL)", "https://portaldadangjsn.blogspot.com/2022/10/permendikbudristek-nomor-15-tahun-2022.html"},
	{"S36", SourceNews, "MoSA on STR, profession education, transition", "https://iklan.riaupos.co/nasional/05/09/2019/207927/kemensos-wajibkan-pekerja-sosial-miliki-str.html"},
	{"S37", SourceNews, "Foreign social workers", "http://www.balidiscovery.com/news/a-road-paved-with-good-intentions"},
	{"S38", SourceGovernment, "LSP Kemensos licensed by BNSP", "https://kemensos.go.id/en/latest-news/education-research-and-social-counseling-agency/tagana-human-resources-of-diy-province-receive-competence-certificates"},
	{"S39", SourceCopy, "Health-sector STR change (contrast)", "https://www.scribd.com/document/674353599/Summary-of-Circular-of-health-bill"},
	{"S40", SourceNews, "2018 draft bill eligibility", "https://hukumonline.com/berita/a/urgensi-pengaturan-ruu-praktik-pekerjaan-sosial-lt5b8fadea2a065?page=3"},
	{"S41", SourceGovernment, "Law adopted 3 Sep 2019", "https://kemensos.go.id/en/social-worker-constitution-plan-legitimation-by-the-house-of-representatives"},
	{"S50", SourceRegulator, "SWPC history", "https://eng.swpc.or.th/history.php"},
	{"S51", SourceRegulator, "Membership regulation", "https://swpc.or.th/index.php/extras/k2/k2-about/item/29-register"},
	{"S52", SourceRegulator, "Registration and licence routes", "https://www.swpc.or.th/index.php/extras/k2/reg-permit/license-apply-socialwork"},
	{"S53", SourceRegulator, "Written exam eligibility and calendar", "http://swpc.or.th/exam.php"},
	{"S54", SourceRegulator, "Exam format (2015)", "https://www.swpc.or.th/index.php/extras/k2/reg-permit/item/74-swpc-license-test-2-2015"},
	{"S55", SourceRegulator, "Pass marks (2024)", "https://eng.swpc.or.th/registration4.php"},
	{"S56", SourceRegulator, "Banking, 5-year licence, renewal timing", "https://swpc.or.th/2020/06/03/%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%AA%E0%B8%AD%E0%B8%9A%E0%B8%82%E0%B9%89%E0%B8%AD%E0%B9%80%E0%B8%82%E0%B8%B5%E0%B8%A2%E0%B8%99/"},
	{"S57", SourceRegulator, "Level 1 / level 2 registration", "https://swpc.or.th/registration2.php"},
	{"S58", SourceRegulator, "Renewal conditions", "http://swpc.or.th/relicense.php"},
	{"S59", SourceRegulator, "CE requirements", "https://eng.swpc.or.th/cswpeducation.php"},
	{"S60", SourceRegulator, "CE 50 credits in 5 years; 2017 announcements", "https://www.swpc.or.th/index.php/extras/k2/reg-permit/license-renew"},
	{"S61", SourceRegulator, "CE assessment 180 days", "http://swpc.or.th/faq.php"},
	{"S62", SourceRegulator, "Standards-certificate route, 4-year transition", "https://www.swpc.or.th/index.php/extras/k2/meeting-seminar/item/100-license-tests"},
	{"S70", SourceRegulator, "About accreditation", "https://sasw.org.sg/about-accreditation/"},
	{"S71", SourceRegulator, "Accreditation FAQs", "https://sasw.org.sg/accreditation-faqs/"},
	{"S72", SourceRegulator, "Categories and criteria", "https://sasw.org.sg/new-application/"},
	{"S73", SourceRegulator, "Renewal and extension", "https://sasw.org.sg/accred-renewal/"},
	{"S74", SourceRegulator, "CPE matrix", "https://sasw.org.sg/continuing-professional-education-cpe/"},
	{"S75", SourceRegulator, "Updates (Green Lane, RSSP, counts, 30 structured)", "https://sasw.org.sg/updates/"},
	{"S76", SourceRegulator, "Recognised qualifications", "https://sasw.org.sg/about-accreditation/recognised-social-work-qualifications/"},
	{"S77", SourceRegulator, "MSF on unaccredited social workers", "https://www.msf.gov.sg/media-room/article/Regulating-unaccredited-social-workers"},
	{"S78", SourceRegulator, "Older CPE page (3-year extension, COVID flexibility)", "https://accreditation.sasw.org.sg/mainPage.do?action=showCPE"},
	{"S80", SourceCommentary, "MASW on the Social Workers Act", "http://www.masw.org.my/socialact.html"},
	{"S81", SourceNews, "Bill timing, July 2025", "https://uniteddaily.my/en/f79e2738-f55a-47f5-9131-0b5d7197aa97"},
	{"S82", SourceNews, "Bill, March 2024", "https://www.thestar.com.my/news/nation/2024/03/06/social-work-profession-bill-may-be-tabled-this-year-says-nancy"},
	{"S83", SourceNews, "Deferral, Oct 2024", "https://sinardaily.my/article/222569/opinions/letters/the-travesty-of-deferring-the-social-work-profession-bill---a-plea-to-the-prime-minister-of-malaysia"},
	{"S84", SourceNews, "Council and investigation committee", "https://thesun.my/local_news/council-of-social-work-profession-to-recognise-oversee-practices-says-nancy-shukri-AC12233276"},
	{"S85", SourceNews, "Workforce count 2020", "https://www.malaymail.com/news/malaysia/2021/03/17/rina-harun-says-in-final-stage-of-drafting-social-work-profession-bill/1958512"},
	{"S86", SourceCopy, "Proposed education standards", "https://ebrary.net/2165/sociology/resources_structure"},
	{"S87", SourceNews, "Civil-society critique, July 2025", "https://codeblue.galencentre.org/2025/07/please-fix-the-flawed-social-work-profession-bill-csos-activists"},
	{"S88", SourceCommentary, "Competency standards 2005", "http://www.masw.org.my/pap.html"},
	{"S90", SourceLawLibrary, "Decree 110/2024 (English)", "https://english.luatvietnam.vn/chinh-sach/decree-110-2024-nd-cp-social-work-365239-d1.html"},
	{"S91", SourceGovernment, "Effective 15 Oct 2024", "https://vss.gov.vn/english/news/Pages/external-information.aspx?CateID=184&ItemID=12417"},
	{"S92", SourceGovernment, "Internship rules (Ministry of Justice)", "https://pbgdpl.moj.gov.vn/qt/tintuc/pages/hoat-dong-pgbdpltw.aspx?ItemID=2415"},
	{"S93", SourceLawLibrary, "Dossier (Art. 41)", "https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Nghi-dinh-110-2024-ND-CP-Cong-tac-xa-hoi-513344.aspx"},
	{"S94", SourceCommentary, "Re-grant procedure (Decision 1858)", "https://lawnet.vn/thong-tin-phap-luat/en/thong-bao-van-ban-moi/procedures-for-re-issuance-of-a-certificate-of-social-work-practice-registration-in-vietnam-173816.html"},
	{"S95", SourceLawLibrary, "Joint Circular 30/2015", "http://luatvn.net/joint-circular-30-2015-ttlt-bldtbxh-bnv-on-codes-standards-applied-to-job-titles-social-workers"},
	{"S96", SourceCommentary, "Draft Law on Social Work, foreigners", "https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/vietnam-04-conditions-for-granting-social-work-practice-certificates-to-foreigners-109093.html"},
	{"S100", SourceNews, "Workforce strategic plan", "https://phnompenhpost.com/national/kingdom-looking-expand-social-services-over-next-decade"},
	{"S101", SourceCopy, "APSWC", "https://slideplayer.com/slide/9115237/"},
	{"S102", SourceNews, "Cambodia social work context", "https://english.cambodiadaily.com/news/experts-examine-social-work-issues-in-cambodia-32010/?amp=1"},
	{"S105", SourceNews, "Hanoi Declaration (37th Summit) and roadmap", "https://en.vietnamplus.vn/meeting-highlights-strengthening-social-work-for-cohesive-responsive-asean-community/207640.vnp"},
	{"S106", SourceNews, "Roadmap recognised", "https://m.vovworld.vn/en-US/news/asean-promotes-hanoi-declaration-on-social-work-1094242.vov"},
	{"S110", SourceRegulator, "ASWB exam scoring", "https://www.aswb.org/exam-candidates/exam-scoring"},
	{"S111", SourceRegulator, "ASWB retest rules", "https://aswborg.atlassian.net/wiki/spaces/ES/pages/2345894007/For+Candidates+that+need+to+retest"},
	{"S112", SourceRegulator, "ASWB if you fail", "https://www.aswb.org/exam/exam-scoring/if-you-fail-the-exam/"},
	{"S113", SourceRegulator, "ASWB policy changes", "https://aswb.org/highlights-of-key-policy-manual-changes-section-ii-the-examinations"},
	{"S114", SourceCopy, "ASWB exam categories", "https://www.coursehero.com/file/pcqgqr/references-to-the-Bachelors-exam-content-and-category-include-the-Associate/"},
	{"S115", SourceRegulator, "Texas renewal", "https://bhec.texas.gov/texas-state-board-of-social-worker-examiners/renewing-a-social-work-license/"},
	{"S116", SourceLawLibrary, "Texas 22 TAC 781.501", "https://regulations.justia.com/states/texas/title-22/part-34/chapter-781/subchapter-c/section-781-501"},
	{"S117", SourceInstrument, "Texas former 781.508", "https://texreg.sos.state.tx.us/public/readtac$ext.TacPage?sl=R&app=9&p_dir=&p_rloc=&p_tloc=&p_ploc=&pg=1&p_tac=&ti=22&pt=34&ch=781&rl=508"},
	{"S118", SourceLawLibrary, "New York Education Law §7710", "https://d1tvxue8o4w0fl.cloudfront.net/statute/consolidated-laws-of-new-york/chapter-education/title-8-the-professions/article-154-social-work/section-7710-mandatory-continuing-education"},
	{"S119", SourceCommentary, "NY self-study limit", "https://www.uft.org/update-on-continuing-education-social-workers"},
	{"S120", SourceRegulator, "NY CE FAQ", "https://www.op.nysed.gov/professions/licensed-master-social-worker/continuing-education/continuing-education-faqs"},
	{"S121", SourceLawLibrary, "NY 8 NYCRR 74.10", "https://regulations.justia.com/states/new-york/title-8/chapter-ii/subchapter-b/part-74/section-74-10"},
	{"S122", SourceLawLibrary, "Pennsylvania 49 Pa. Code 47.32", "http://parules.elaws.us/pacode/title49_parti_subparta_chapter47_section47.32"},
	{"S123", SourceRegulator, "New Mexico CE", "https://www.rld.nm.gov/boards-and-commissions/individual-boards-and-commissions/social-work/sw-ceu-and-cultural/"},
	{"S124", SourceCopy, "ASWB CE compilation (Alabama, 2017)", "https://documents.pub/document/alabama-sponsoring-organization-date-of-the-program-syllabus-and-clock-hours.html"},
	{"S125", SourceRegulator, "CSWE field hours", "https://www.cswe.org/news/press-room/cswe-alters-field-hours-required-for-social-work-students/"},
	{"S126b", SourceCommentary, "NY professional boundaries and self-study", "https://xconsult.online/phd/nys-social-work-continuing-education-requirements"},
	{"S126", SourceRegulator, "Social Work England renewal and CPD", "https://www.socialworkengland.org.uk/cpd/registration-renewal-and-cpd/"},
	{"S127", SourceNews, "Renewal window 2025", "https://www.researchinpractice.org.uk/all/news-views/2025/september/social-work-cpd-renewal-window-open"},
	{"S128", SourceNews, "2022 CPD changes", "https://www.communitycare.co.uk/2022/09/01/5-of-social-workers-have-met-cpd-requirement-as-registration-opens/"},
	{"S129", SourceRegulator, "Renewal report 2024 (new joiners, deadline time)", "https://app-swe-ukw-prd-umbraco-01.azurewebsites.net/news/registration-renewal-and-cpd-progress-report-6-february-2024"},
	{"S130", SourceRegulator, "Restoration after removal orders", "https://www.socialworkengland.org.uk/concerns/restoration-after-removal-orders/"},
	{"S130b", SourceRegulator, "Return to the register / protected title", "https://www.socialworkengland.org.uk/registration/return-to-the-register/"},
	{"S131", SourceRegulator, "Overseas qualifications", "https://www.socialworkengland.org.uk/registration/apply-to-register-eea-swiss-and-overseas/qualification-requirements-overseas/"},
	{"S132", SourceRegulator, "SSSC non-UK qualifications", "http://www.sssc.uk.com/registration/what-qualifications-do-i-need/non-uk-qualifications-for-social-workers"},
	{"S133", SourceRegulator, "SSSC restoration", "http://www.sssc.uk.com/fitness-to-practise/workers/restoration"},
	{"S134", SourceRegulator, "NZ SWRB", "http://swrb.govt.nz/for-social-workers/maintain-registration/continuing-professional-development/"},
	{"S135", SourceCommentary, "IFSW Global Standards", "https://www.ifsw.org/global-standards/"},
	{"S136", SourceCommentary, "Global Standards revision (2019)", "https://oldsite.iassw-aiets.org/global-standards-for-social-work-education-and-training/"},
	{"S137", SourceBlog, "HK qualification recognition review", "https://cecsst2021.wixsite.com/cecsstaff/qualification-recognition-review"},
	{"S138", SourceRegulator, "HK SWRB on CSWE degrees", "http://swrb.org.hk/en/Content.asp?Uid=142"},
	{"S139", SourceCommentary, "Nursing MRA (ASEAN healthcare portal)", "https://aseanhealthcare.org/asean_mra/index/3"},
	{"S140", SourceNews, "Nursing MRA, three consecutive years", "https://philstar.com/cebu-news/2007/01/11/379457/asean-leaders-ratify-mutual-agreement-nursing-services"},
	{"S141", SourceBlog, "Nursing MRA clauses (secondary)", "https://myinternetchapel.org/mutual-recognition-agreement-nursing/"},
	{"S142", SourceCommentary, "Engineering MRA, ACPE/RFPE", "https://en.aecvcci.vn/hoi-dap-n12621/what-is-the-asean-mutual-recognition-arrangement-mra-on-engineering-services.htm"},
	{"S143", SourceRegulator, "ACPECC", "http://acpecc.net/v2/index.php?query=about"},
	{"S144", SourceCopy, "ACPE renewal with CPD", "https://text-id.123dok.com/document/ky69mx35y-asean-chartered-professional-engineer-coordinating-committee-acpecc.html"},
	{"S145", SourceCopy, "APEC Engineer assessment statement (Thailand)", "https://pdfslide.net/documents/assessment-statement-newformat.html"},
	{"S146", SourceLawLibrary, "New York Education Law §7710 (NY State Senate, Open Legislation)", "https://nysenate.gov/legislation/laws/EDN/7710"},
	{"S147", SourceCopy, "ASEAN MRA on Engineering Services, Kuala Lumpur, 9 Dec 2005 (text, copy)", "https://zbook.org/read/4973db_asean-mutual-recognition-arrangement-on.html"},
	{"S148", SourceCopy, "ASEAN MRA on Engineering Services, Arts. 4.2.5 and 4.2.6 (Monitoring Committee; copy)", "https://text-id.123dok.com/document/lq5n3ogwq-monitoring-committee-mc-selanjutnya.html"},
	{"S149", SourceCommentary, "RA 9173 (Philippine Nursing Act of 2002) summary", "https://jur.ph/law/summary/philippine-nursing-act-of-2002"},
	{"S150", SourceCommentary, "RA 9173 s.13, admission to the licensure examination (quoted)", "https://reviewersph.com/prev/pnle-coverage"},
	{"S151", SourceRegulator, "SNB: foreign-trained nurses and midwives", "https://www.healthprofessionals.gov.sg/snb/registration-enrolment/application-for-registration-enrolment/foreign-trained-nurses-midwives"},
	{"S152", SourceLawLibrary, "Nurses and Midwives Regulations, reg. 8 (application for registration)", "https://laws.sg/legislation/nurses-and-midwives-regulations-2012-1999/reg-8"},
	{"S153", SourceRegulator, "SNB: frequently asked questions (licensure examination)", "https://www.healthprofessionals.gov.sg/snb/feedback"},
	{"S154", SourceRegulator, "Board of Engineers Malaysia: Registered Foreign Professional Engineer (RFPE)", "http://www.bem.org.my/web/guest/registered-foreign-professional-engineer-rfpe-"},
	{"S155", SourceCopy, "ACPE qualifications and fees, Philippines (copy)", "https://tr.scribd.com/document/393093253/ACPE-Qualifications-Fees"},
	{"S156", SourceRegulator, "Indonesian Monitoring Committee: ACPE FAQ", "https://imc.or.id/imc-eng/faq"},
}

// sourceRef returns the source with the key. An unknown key gives a
// source whose title says so; TestShippedSourcesResolve fails on it, so a
// mistyped key never ships.
func sourceRef(key string) RuleSource {
	for _, e := range sourceTable {
		if e.key == key {
			return e.source()
		}
	}
	return RuleSource{Ref: key, Title: "unknown source " + key}
}

// cite returns the source with a section and a note.
func cite(key, section, note string) RuleSource {
	s := sourceRef(key)
	s.Section, s.Note = section, note
	return s
}
