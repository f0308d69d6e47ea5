import type { Source } from "../evidence-schema.js";

/*
 * Every source the rulesets cite, one a line, by marketplace: its address, its grade in the research
 * notes and its date. A rule names the sources it follows (`cite.helpTopRated`); its own grade and
 * date are those of the first one (citedEvidence), so a correction here reaches every rule citing it.
 */

// biome-ignore format: a table of Upwork sources reads best one row a line
export const upworkSources = {
  // A blog mirror of the help article; the research notes grade it as the primary text it copies.
  helpTopRatedMay2016: { url: "https://upworkformerlyodesk.blogspot.com/2016/05/become-top-rated.html", grade: "primary", date: "2016-05" },
  announcementJune2016: { url: "https://community.upwork.com/t5/Announcements/Announcing-New-Perks-and-Requirements-for-our-Top-Rated/m-p/205212", grade: "primary", date: "2016-06-01" },
  helpProgramsTable: { url: "https://support.upwork.com/hc/en-us/articles/115006099287-Freelancer-Programs-Eligibility-Perks", grade: "primary", date: "~2017–19" },
  helpTopRated: { url: "https://support.upwork.com/hc/en-us/articles/211068468-Top-Rated", grade: "primary", date: "undated" },
  staffTopRatedRemoved2022: { url: "https://community.upwork.com/t5/Freelancers/Top-Rated-Badge-Removed/td-p/1115584", grade: "staff", date: "~2022" },
  staffTopRatedDisappeared2024: { url: "https://community.upwork.com/t5/Freelancers/Top-Rated-Badge-Disappeared/td-p/1453049", grade: "staff", date: "~2024" },
  staffEarningsDrop2024: { url: "https://community.upwork.com/t5/Freelancers/Top-rated-badge-Disappeared/td-p/1457345", grade: "staff", date: "~2024" },
  staffEligibleWeeks2022: { url: "https://community.upwork.com/t5/Freelancers/Top-Rated-Eligible-weeks-not-increasing/td-p/1062836", grade: "staff", date: "~2022" },
  staffBecomeTopRatedAgain: { url: "https://community.upwork.com/t5/Designers-Creatives/Become-top-rated-again/td-p/512103", grade: "staff", date: "~2018" },
  hearsayHoldNinetyDays: { url: "https://community.upwork.com/t5/Freelancers/Lost-my-top-rated-badge/td-p/1605301", grade: "hearsay", date: "~2024–25" },
  announcementBadges2020: { url: "https://community.upwork.com/t5/Product-Updates/New-talent-badges-are-now-available/ba-p/778142", grade: "primary", date: "2020-07-07" },
  staffBadgeDelayTrp2020: { url: "https://community.upwork.com/t5/Announcements/New-talent-badges-are-now-available/td-p/778142/page/5", grade: "staff", date: "2020" },
  staffTrpDisappeared2022: { url: "https://community.upwork.com/t5/Freelancers/Top-rated-plus-badge-disappeared/td-p/1135243", grade: "staff", date: "~2022" },
  // Thread id 822395 lies between the July 2020 and 2022 anchors of the research notes.
  staffLargeContractCategories: { url: "https://community.upwork.com/t5/Announcements/New-talent-badges-are-now-available/m-p/822395/highlight/true", grade: "staff", date: "~2020" },
  staffLargeContractSingle: { url: "https://community.upwork.com/t5/Freelancers/Top-Rated-Plus-eligibility-for-multiple-contract-from-same/m-p/1443374/highlight/true", grade: "staff", date: "~2023–24" },
  staffLargeContractWriting: { url: "https://community.upwork.com/t5/Freelancers/Top-Rated-Plus-badge-acquisition-Question-about-large-contracts/td-p/1051261", grade: "staff", date: "~2022" },
  // Thread id 852538, like 822395, lies between the July 2020 and 2022 anchors.
  staffExclusiveAgencyMember: { url: "https://community.upwork.com/t5/Freelancers/A-confusion-about-two-Top-Rated-Plus-Requirements/m-p/852538", grade: "staff", date: "~2020" },
  guideTalentBadges2022: { url: "https://therouteoptions.com/what-are-upworks-talent-badges/", grade: "secondary", date: "2022" },
  // Known only through a 2026 secondary summary that cites it; the article text itself was not seen.
  helpRisingTalentCurrent: { url: "https://support.upwork.com/hc/en-us/articles/360049702614", grade: "secondary", date: "2026" },
  helpRisingTalentOlder: { url: "https://support.upwork.com/hc/en-us/articles/211063228", grade: "primary", date: "~2017–19" },
  staffRisingTalentLost: { url: "https://community.upwork.com/t5/Freelancers/Rising-Talent-Badge/m-p/377725", grade: "staff", date: "~2017" },
  resourcesKeepTopRated: { url: "https://www.upwork.com/resources/how-to-maintain-your-top-rated-status", grade: "primary", date: "undated" },
  helpExpertVetted: { url: "https://support.upwork.com/hc/en-us/articles/360049625454-Expert-Vetted-talent", grade: "primary", date: "undated" },
} satisfies Record<string, Source>;

// biome-ignore format: a table of Fiverr sources reads best one row a line
export const fiverrSources = {
  blogMonthlyEvaluation: { url: "https://blog.fiverr.com/post/level-systems-update-what-sellers-need-to-know", grade: "primary", date: "2017-11-08" },
  hearsayLevelOne2020: { url: "https://forum.fiverr.com/t/next-evaluation-issue/498823", grade: "hearsay", date: "2020-08" },
  hearsayLevelOneOctober2020: { url: "https://forum.fiverr.com/t/achieving-level-1-seller/521341", grade: "hearsay", date: "2020-10" },
  hearsayLevelTwo2018: { url: "https://forum.fiverr.com/t/dropping-the-level-need-correction/225830", grade: "hearsay", date: "2018" },
  hearsayEvaluationDay: { url: "https://forum.fiverr.com/t/failing-to-meet-current-level-requirements/490178", grade: "hearsay", date: "~2020" },
  hearsayEvaluations: { url: "https://forum.fiverr.com/t/trying-to-understand-level-status-evaluations/374095", grade: "hearsay", date: "~2019" },
  hearsayGrandfathering: { url: "https://forum.fiverr.com/t/i-was-at-level-2-now-i-back-to-basic-level/229870", grade: "hearsay", date: "2018" },
  hearsayWarnings: { url: "https://forum.fiverr.com/t/march-15th-evaluation/221245", grade: "hearsay", date: "2018" },
  hearsayOutOfOffice: { url: "https://forum.fiverr.com/t/if-we-set-to-out-of-office/507071", grade: "hearsay", date: "~2020" },
  // Sellers listing what the old Levels page named for Top Rated Seller.
  hearsayTopRatedCriteria: { url: "https://community.fiverr.com/forums/topic/63621-level-top-rated-seller-must-community-leadership-what-does-that-mean/", grade: "hearsay", date: "undated" },
  // A Level 2 seller posting Fiverr's reply after a Top Rated review, with evaluations on the 15th.
  hearsayTopRatedReview: { url: "https://forum.fiverr.com/t/criteria-for-being-selected-as-top-rated-seller/244338/2", grade: "hearsay", date: "~2018" },
  guideLevelsApril2024: { url: "https://defiantphoenix.net/fiverrs-new-levels-and-rating-system", grade: "secondary", date: "2024-04-22" },
  helpLevelSystem: { url: "https://help.fiverr.com/hc/en-us/articles/360010560118-Fiverr-s-new-level-system", grade: "primary", date: "undated" },
  helpSellerDashboard: { url: "https://help.fiverr.com/hc/en-us/articles/360011653458-Seller-dashboard-on-the-mobile-app", grade: "primary", date: "undated" },
  helpSuccessScore: { url: "https://help.fiverr.com/hc/en-us/articles/21965360854673-Success-score", grade: "primary", date: "undated" },
  // The older copy of the Top Rated article ("Top Rated"): seven rows, unique clients and earnings included.
  helpTopRatedOlder: { url: "https://help.fiverr.com/hc/en-us/articles/15140188560913-Top-Rated", grade: "primary", date: "undated" },
  // The newer copy ("Top Rated freelancers"): five rows, without unique clients and earnings.
  helpTopRatedNewer: { url: "https://help.fiverr.com/hc/en-us/articles/15140188560913", grade: "primary", date: "undated" },
  // Written in Fiverr's voice but with no author shown; its topic number places it in mid to late 2024.
  staffSellerLevels: { url: "https://community.fiverr.com/forums/topic/332130-picking-the-right-freelancers-analyzing-seller-levels/", grade: "staff", date: "~2024" },
  hearsayLevelOne: { url: "https://community.fiverr.com/profile/45997-design_desk/", grade: "hearsay", date: "2024" },
  // The research notes give the topic by number (staff member Kesha on the launch); the URL is the forum's id form.
  staffLaunchThread: { url: "https://community.fiverr.com/forums/topic/324227/", grade: "staff", date: "2024" },
  designerPortfolio: { url: "https://www.hilarywrites.com/level-system", grade: "secondary", date: "undated" },
  proHowItWorks: { url: "https://help-pro.fiverr.com/hc/en-us/articles/17029261111057-How-Fiverr-Pro-for-freelancers-work", grade: "primary", date: "undated" },
  proGuidelines: { url: "https://help-pro.fiverr.com/hc/en-us/articles/17029289219217-Being-a-Pro-freelancer-Guidelines-and-responsibilities", grade: "primary", date: "undated" },
} satisfies Record<string, Source>;

// biome-ignore format: a table of Malt sources reads best one row a line
export const maltSources = {
  helpLevels: { url: "https://help.malt.com/l/en/article/62n861pu26-what-are-the-different-levels-of-a-super-malter-and-how-do-i-reach-them", grade: "primary", date: "undated" },
  helpMaintain: { url: "https://help.malt.com/kb/guide/en/how-do-i-maintain-my-super-malter-status-KfghbaXCOD/Steps/68874", grade: "primary", date: "undated" },
  helpPreviousProgramme: { url: "https://help.malt.com/l/en/article/1zdcn5yncs-what-happens-to-the-star-and-super-malter-statuses-from-the-previous-program", grade: "primary", date: "undated" },
} satisfies Record<string, Source>;

// biome-ignore format: a table of Freelancer.com sources reads best one row a line
export const freelancerSources = {
  articleNewer: { url: "https://www.freelancer.gr/community/articles/what-is-the-preferred-freelancer-program", grade: "primary", date: "undated" },
  articleOlder: { url: "https://www.freelancer.co.uk/community/articles/preferred-freelancer-program-essential-requirements", grade: "primary", date: "undated" },
  serviceLevelAgreement: { url: "https://www.br.freelancer.com/preferred-freelancer-program/service-level-agreement.php", grade: "primary", date: "undated" },
  faqPreferred: { url: "https://www.freelancer.com/faq/topic.php?id=50", grade: "primary", date: "undated" },
  articleVerification: { url: "https://www.freelancer.co.uk/community/articles/kyc-verified-and-freelancer-verified-siblings-but-not-twins", grade: "primary", date: "undated" },
} satisfies Record<string, Source>;

// biome-ignore format: a table of PeoplePerHour sources reads best one row a line
export const peopleperhourSources = {
  guideCert: { url: "https://www.peopleperhour.com/discover/guides/understanding-cert-as-a-freelancer/", grade: "primary", date: "undated" },
  supportCert: { url: "https://support.peopleperhour.com/hc/en-us/articles/205217207-Freelancer-Quality-CERT", grade: "primary", date: "undated" },
  blogIntroducingCert: { url: "https://blog.peopleperhour.com/blogroll/introducing-a-new-ranking-algorithm-cert/", grade: "primary", date: "~2013–15" },
  blogUpcomingChanges: { url: "https://blog.peopleperhour.com/blogroll/upcoming-changes-cert/", grade: "primary", date: "~2013–15" },
} satisfies Record<string, Source>;

// biome-ignore format: a table of Toptal sources reads best one row a line
export const toptalSources = {
  newsFunnel2016: { url: "https://www.foxnews.com/us/this-4-part-process-helps-one-firm-vet-top-talent", grade: "secondary", date: "2016" },
  engineerAccount: { url: "https://medium.com/@karolisram/getting-into-toptal-the-entire-process-f3ee4f931949", grade: "secondary", date: "~2017–22" },
  engineerGuide: { url: "https://dev.to/denat/how-to-join-toptal-a-detailed-strategy-guide-779", grade: "secondary", date: "~2017–22" },
} satisfies Record<string, Source>;

// biome-ignore format: a table of Guru sources reads best one row a line
export const guruSources = {
  blogRankDiscontinued: { url: "https://www.arcticllama.com/blog/writing-news/guru-freelancer-rank-discontinued-ends/", grade: "secondary", date: "undated" },
  helpFeedback: { url: "https://www.guru.com/help/freelancer/about-feedback-freelancer/", grade: "primary", date: "undated" },
  blogFeedback: { url: "https://www.guru.com/blog/get-know-new-feedback-system/", grade: "primary", date: "undated" },
  helpIncentives: { url: "https://guru.com/help/?p=4339", grade: "primary", date: "undated" },
} satisfies Record<string, Source>;

// biome-ignore format: a table of Contra sources reads best one row a line
export const contraSources = {
  faqIndependent: { url: "https://contra.com/faq-independent", grade: "primary", date: "undated" },
  blogPayments: { url: "https://contra.com/blog/payments", grade: "primary", date: "2026-02-18" },
} satisfies Record<string, Source>;
