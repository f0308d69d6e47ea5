import type { RulesetInput } from "../ruleset-schema.js";
import { upworkSources as cite } from "./sources.js";

/**
 * The statuses as best documented for 2024 onwards. The Top Rated list is the long-lived one
 * (help table ~2017-19, repeated by staff in 2022 and 2024, and by a 2026 secondary summary);
 * Top Rated Plus and Expert-Vetted date from the July 2020 launch; Rising Talent follows the
 * newer (2026, secondary) description. The date is the JSS change of ~September 2024, which is
 * the newest rule in the `marketplace.jss` section. Each source carries the grade and date the
 * research notes give it; a criterion's first source is the one it follows.
 */

export const ruleset2024Current = {
  id: "2024-current",
  marketplaceId: "upwork",
  title: "Current statuses (2024 onwards)",
  effectiveFrom: "2024-09-01",
  effectiveNote:
    "Dated from the daily Job Success Score with long-contract counting (about September 2024, per a secondary blog). The Top Rated criteria themselves have been stable since about 2017 and are still reported unchanged in 2026.",
  statuses: {
    rising_talent: {
      name: "Rising Talent",
      summary:
        "A badge for promising newer freelancers, given on invitation or for strong early ratings, so that clients notice them before they have a long record.",
      awarded: "automatic",
      lossAndRegain: {
        text: "It goes away when a requirement stops being met: poor public or private feedback, no proposals or work for 90 days, an account hold or policy issue. Older rules also ended it as soon as a Job Success Score appeared; Upwork's own pages now say it may end then. It comes back once every requirement is met again, about 48 hours later.",
        sources: [cite.staffRisingTalentLost, cite.resourcesKeepTopRated],
      },
      criteria: [
        {
          id: "rising_talent.invitation_or_rating",
          measure: "rating_stars",
          threshold: { kind: "number", comparison: "gte", value: 4.8, unit: "stars", orInvitation: true },
          whenMissing: "unknown",
          description: "Either Upwork invited you, or your clients rate you 4.8 stars or more on average.",
          inPractice:
            "Without an invitation, the route in is a near-perfect average rating from your first clients.",
          sources: [cite.helpRisingTalentCurrent, cite.helpRisingTalentOlder],
        },
        {
          id: "rising_talent.earnings_12m",
          measure: "earnings_12m_usd",
          threshold: { kind: "number", comparison: "gte", value: 250, unit: "usd" },
          whenMissing: "unknown",
          description: "At least $250 earned on Upwork over the last 12 months.",
          inPractice: "One or two small paid jobs in the past year are enough for this part.",
          sources: [cite.helpRisingTalentCurrent],
          disagreement:
            "The 2026 summary pairs the $250 with the rating route and does not say whether invited freelancers need it too. gigdesk checks it for everyone, so an invited newcomer under $250 may still get the badge.",
        },
        {
          id: "rising_talent.profile_complete",
          measure: "profile_percent",
          threshold: { kind: "number", comparison: "gte", value: 100, unit: "percent" },
          whenMissing: "assumed",
          description: "A profile that Upwork shows as 100% complete.",
          inPractice: "Fill in every section the profile page asks for, including a photo.",
          condition: "your profile is 100% complete",
          sources: [cite.helpRisingTalentCurrent, cite.helpRisingTalentOlder],
        },
        {
          id: "rising_talent.recent_activity",
          measure: "days_since_activity",
          threshold: { kind: "number", comparison: "lte", value: 90, unit: "days" },
          whenMissing: "assumed",
          description: "A proposal sent or work delivered within the last 90 days.",
          inPractice: "Keep applying or working at least once every three months.",
          condition: "you sent a proposal or delivered work in the last 90 days",
          sources: [cite.helpRisingTalentCurrent, cite.staffRisingTalentLost],
        },
        {
          id: "rising_talent.jss_if_any",
          measure: "jss",
          threshold: { kind: "number", comparison: "gte", value: 90, unit: "percent" },
          whenMissing: "met",
          description: "If you already have a Job Success Score, it must be 90% or higher; no score is fine.",
          inPractice:
            "Newcomers without a score are not held back; once a score appears it has to stay high.",
          sources: [cite.helpRisingTalentCurrent, cite.helpRisingTalentOlder],
          disagreement:
            "The older help text (about 2017-19, primary) gave the badge only to freelancers without any score; a 2026 secondary summary says a score is allowed if it is 90% or more. We follow the newer summary because it describes the current programme, but it is not confirmed by Upwork's own text.",
        },
        {
          id: "rising_talent.no_hold",
          measure: "account_hold",
          threshold: { kind: "flag", expected: false },
          whenMissing: "assumed",
          description: "No account hold and an account in good standing.",
          inPractice: "Any open hold or policy issue blocks the badge until it is resolved.",
          condition: "your account has no hold and is in good standing",
          sources: [cite.helpRisingTalentCurrent, cite.staffRisingTalentLost],
        },
        {
          id: "rising_talent.no_negative_feedback",
          measure: "negative_feedback",
          threshold: { kind: "flag", expected: false },
          whenMissing: "assumed",
          description: "No negative feedback from clients, public or private.",
          inPractice:
            "Private feedback counts too, though you never see it: one unhappy client can cost the badge.",
          condition: "no client has left you negative public or private feedback",
          sources: [cite.helpRisingTalentCurrent, cite.staffRisingTalentLost],
        },
        {
          id: "rising_talent.identity_verified",
          measure: "identity_verified",
          threshold: { kind: "flag", expected: true },
          whenMissing: "assumed",
          description: "Your identity is verified with Upwork.",
          inPractice: "Finish the identity check in your account settings if Upwork has asked for it.",
          condition: "your identity is verified",
          sources: [cite.helpRisingTalentCurrent],
        },
        {
          id: "rising_talent.payout_method",
          measure: "payout_method",
          threshold: { kind: "flag", expected: true },
          whenMissing: "assumed",
          description: "A valid payout method is set up.",
          inPractice: "Add a bank account or another payout method before you expect the badge.",
          condition: "you have a valid payout method set up",
          sources: [cite.helpRisingTalentCurrent],
        },
      ],
    },
    top_rated: {
      name: "Top Rated",
      summary:
        "The badge for freelancers with a consistently high Job Success Score and steady paid work, given automatically (Upwork describes it as its top 10%).",
      awarded: "automatic",
      lossAndRegain: {
        text: "There is no grace period for the hard limits: the badge goes as soon as current JSS drops under 90%, 12-month earnings fall under $1,000 (staff saw it removed at $958 and $970) or an account hold appears. The 13-of-16-weeks rule only cushions up to three bad weeks. Paying or talking off-platform costs every badge and blocks them for 6 months. To regain it, all criteria must be met again, which can take up to about 13 weeks of JSS at 90% or more; the badge then returns within about 48 hours.",
        sources: [
          cite.staffTopRatedDisappeared2024,
          cite.staffEarningsDrop2024,
          cite.staffBecomeTopRatedAgain,
          cite.helpTopRated,
        ],
      },
      criteria: [
        {
          id: "top_rated.jss_current",
          measure: "jss",
          threshold: { kind: "number", comparison: "gte", value: 90, unit: "percent" },
          whenMissing: "unmet",
          description: "Your Job Success Score right now is 90% or higher.",
          inPractice:
            "Without a score (fewer than two eligible jobs with two clients in 24 months) you cannot be Top Rated; one bad private rating that pulls you under 90% removes the badge at once.",
          condition: "your Job Success Score stays at 90% or higher",
          sources: [cite.helpProgramsTable, cite.staffTopRatedRemoved2022, cite.staffTopRatedDisappeared2024],
        },
        {
          id: "top_rated.jss_weeks",
          measure: "eligible_weeks",
          threshold: {
            kind: "number",
            comparison: "gte",
            value: 13,
            unit: "weeks",
            outOf: 16,
            countsWeeksHolding: "rising_talent",
          },
          whenMissing: "unknown",
          description:
            "In at least 13 of the last 16 weeks your score was 90% or higher, or you held Rising Talent; both kinds of week count.",
          inPractice:
            "The 16-week window rolls forward one week at a time, so the count only rises when an old bad week drops out; it can stay at 12 of 16 for weeks. Weeks with the Rising Talent badge count even before you have a score.",
          sources: [cite.helpProgramsTable, cite.staffEligibleWeeks2022, cite.staffTopRatedDisappeared2024],
          disagreement:
            "Sources differ on how often this is checked: weekly (the eligible-weeks tally, staff), every two weeks (badge review, a secondary summary) or daily (the JSS since 2024, primary). We count whole weeks in a rolling 16-week window, as the staff answers describe.",
        },
        {
          id: "top_rated.earnings_12m",
          measure: "earnings_12m_usd",
          threshold: { kind: "number", comparison: "gte", value: 1000, unit: "usd" },
          whenMissing: "unknown",
          description:
            "At least $1,000 earned in the last 12 months (a rolling window, checked continuously).",
          inPractice:
            "When an old payment leaves the 12-month window your total can fall under $1,000 without you doing anything; the badge then goes the same day.",
          condition: "your 12-month earnings stay at $1,000 or more",
          sources: [cite.helpProgramsTable, cite.staffTopRatedDisappeared2024, cite.staffEarningsDrop2024],
        },
        {
          id: "top_rated.first_contract_age",
          measure: "first_contract_days",
          threshold: { kind: "number", comparison: "gt", value: 90, unit: "days" },
          whenMissing: "unknown",
          description: "Your first contract on Upwork started more than 90 days ago.",
          inPractice: "Brand-new accounts wait at least three months, however good their first jobs are.",
          condition: "your first contract started over 90 days ago",
          sources: [cite.helpProgramsTable, cite.staffTopRatedRemoved2022],
        },
        {
          id: "top_rated.profile_complete",
          measure: "profile_percent",
          threshold: { kind: "number", comparison: "gte", value: 100, exElanceValue: 90, unit: "percent" },
          whenMissing: "assumed",
          description: "A 100% complete profile (90% is enough for a profile carried over from Elance).",
          inPractice:
            "Check the completeness meter on your profile; a missing photo or section is enough to fail.",
          condition: "your profile is 100% complete (90% if from Elance)",
          sources: [cite.helpProgramsTable, cite.staffTopRatedRemoved2022],
        },
        {
          id: "top_rated.availability_current",
          measure: "availability_current",
          threshold: { kind: "flag", expected: true },
          whenMissing: "assumed",
          description: "Your availability is kept up to date; when unavailable, a return date is set.",
          inPractice: "Before a break, set yourself as not available with a date you will be back.",
          condition: "your availability is up to date",
          sources: [cite.helpProgramsTable, cite.staffTopRatedRemoved2022],
        },
        {
          id: "top_rated.no_recent_hold",
          measure: "account_hold",
          threshold: { kind: "flag", expected: false },
          whenMissing: "assumed",
          description: "The account is in good standing with no recent account hold.",
          inPractice:
            "Even a short hold (for example for shared login details) removes Top Rated and Top Rated Plus.",
          condition: "you had no recent account hold",
          sources: [cite.helpProgramsTable, cite.staffTopRatedDisappeared2024, cite.hearsayHoldNinetyDays],
          disagreement:
            'Upwork only says "no recent account holds"; a community member (hearsay) reports eligibility returning 90 days after the hold. We follow Upwork\'s wording, so gigdesk cannot tell you when a past hold stops counting.',
        },
        {
          id: "top_rated.recent_activity",
          measure: "days_since_activity",
          threshold: { kind: "number", comparison: "lte", value: 90, unit: "days" },
          whenMissing: "assumed",
          description: "Within the last 90 days you sent a proposal, accepted an invitation or earned money.",
          inPractice: "Being paid on one long contract is enough; you do not have to keep applying.",
          condition: "you sent a proposal, accepted an invitation or earned in the last 90 days",
          sources: [cite.helpProgramsTable, cite.staffTopRatedRemoved2022],
        },
      ],
    },
    top_rated_plus: {
      name: "Top Rated Plus",
      summary:
        "Top Rated freelancers who also handle large, long engagements; launched in July 2020 and given automatically.",
      awarded: "automatic",
      lossAndRegain: {
        text: "It goes with Top Rated, when 12-month earnings fall to $10,000 or less, or when the large contract has had no earnings for 12 months. It returns, within about 72 hours, once Top Rated, the earnings and a qualifying large contract are all in place again.",
        sources: [cite.staffLargeContractSingle, cite.staffTrpDisappeared2022, cite.staffBadgeDelayTrp2020],
      },
      criteria: [
        {
          id: "top_rated_plus.top_rated",
          measure: "holds_status",
          threshold: { kind: "status", status: "top_rated" },
          whenMissing: "unknown",
          description: "You meet every Top Rated requirement.",
          inPractice: "Losing Top Rated takes Top Rated Plus with it.",
          sources: [cite.announcementBadges2020, cite.staffTrpDisappeared2022],
        },
        {
          id: "top_rated_plus.earnings_12m",
          measure: "earnings_12m_usd",
          threshold: { kind: "number", comparison: "gt", value: 10000, agencyValue: 20000, unit: "usd" },
          whenMissing: "unknown",
          description: "More than $10,000 earned in the last 12 months (agencies: more than $20,000).",
          inPractice: "Roughly $850 a month on average, counted over a rolling year.",
          sources: [cite.announcementBadges2020, cite.staffTrpDisappeared2022, cite.staffLargeContractSingle],
        },
        {
          id: "top_rated_plus.large_contract",
          measure: "largest_contract_usd",
          threshold: { kind: "category_usd", comparison: "gt", unit: "usd" },
          whenMissing: "unknown",
          description:
            "At least one single contract has earned more than your category's large-contract amount and has had earnings in the last 12 months.",
          inPractice:
            "Several contracts with the same client do not add up; one contract must cross the amount on its own and still be paying within the year.",
          sources: [
            cite.staffLargeContractCategories,
            cite.staffLargeContractSingle,
            cite.staffLargeContractWriting,
            cite.guideTalentBadges2022,
          ],
          disagreement:
            "No source publishes the full table. Staff give $5,000 (engineering & architecture, writing) and $10,000 (sales & marketing) and speak of $5,000 to $20,000 or $30,000; the $15,000 for web, mobile and software comes from a 2022 guide (for agencies) and a 2026 secondary note (for freelancers). We use $15,000 for both and $10,000 for unlisted categories.",
        },
        {
          id: "top_rated_plus.large_contract_no_negative_outcome",
          measure: "large_contract_negative_outcome",
          threshold: { kind: "flag", expected: false },
          whenMissing: "assumed",
          description: "The large contract has had no negative outcome.",
          inPractice:
            "A big contract only counts if it goes well; the sources do not say more precisely what a negative outcome is.",
          condition: "the large contract had no negative outcome",
          sources: [cite.announcementBadges2020, cite.staffTrpDisappeared2022],
        },
        {
          id: "top_rated_plus.not_exclusive_agency_member",
          measure: "exclusive_agency_member",
          threshold: { kind: "flag", expected: false },
          whenMissing: "assumed",
          description:
            "You work as an individual freelancer or a non-exclusive agency member, not as an exclusive agency member.",
          inPractice:
            "Exclusive here is Upwork's agency term (you work only through an agency and show its score); an exclusive deal with a client has nothing to do with it.",
          condition: "you are not an exclusive agency member",
          sources: [cite.announcementBadges2020, cite.staffExclusiveAgencyMember],
        },
      ],
    },
    expert_vetted: {
      name: "Expert-Vetted",
      summary:
        "The top 1% in selected categories, chosen by Upwork's talent managers after a skills and reliability screening.",
      awarded: "invitation",
      lossAndRegain: {
        text: "Upwork does not publish how Expert-Vetted is lost; it is granted and reviewed by its talent team, not by a formula.",
        sources: [cite.helpExpertVetted],
      },
      criteria: [
        {
          id: "expert_vetted.invitation",
          measure: "invitation",
          threshold: { kind: "invitation" },
          whenMissing: "unknown",
          description:
            "Upwork invites you (usually) and you pass a screening of hard skills and soft skills such as reliability and communication.",
          inPractice:
            "No numbers can earn it; doing well as Top Rated or Top Rated Plus in a selected category is what gets noticed.",
          sources: [cite.helpExpertVetted],
        },
        {
          id: "expert_vetted.selected_category",
          measure: "category",
          threshold: {
            kind: "one_of",
            values: [
              "web-mobile-software",
              "design",
              "sales-marketing",
              "hr",
              "consulting",
              "writing",
              "it-networking",
              "data-science-analytics",
            ],
          },
          whenMissing: "unknown",
          description: "You work in one of the categories Upwork vets talent in.",
          inPractice: "Outside those categories there is no Expert-Vetted badge to be invited to.",
          sources: [cite.helpExpertVetted],
          disagreement:
            "The two stored versions of the help article differ: the older lists web, mobile and software development, design and creative, sales and marketing, HR, consulting and writing; the newer one adds IT and networking and data science and analytics. We follow the newer list.",
        },
      ],
    },
  },
  marketplace: {
    serviceFee: {
      percent: 10,
      sources: [
        {
          url: "https://support.upwork.com/hc/en-us/articles/211062538-Freelancer-Service-Fees%C2%A0",
          grade: "primary",
          date: "undated",
        },
        {
          url: "https://stage-support.upwork.com/hc/en-us/articles/14380555589266--Project-Shamrock-Pricing-Refresh",
          grade: "primary",
          date: "2023",
        },
        {
          url: "https://freelancingbuzz.com/upwork-revises-freelancer-fee-structure/",
          grade: "secondary",
          date: "2023",
        },
        { url: "https://skilllinkup.com/en/resources/upwork-pricing", grade: "secondary", date: "undated" },
        {
          url: "https://golance.com/de/blogs/upwork-fees-explained-2026",
          grade: "secondary",
          date: "2026-05",
        },
      ],
      note: "A flat 10% per contract since 3 May 2023. Secondary sources from 2025-26 report a variable fee of 0-15% per contract from 1 May 2025, shown with each proposal or offer; no primary text for it was found and the archived help article still says 10%, so 10% is kept.",
    },
    largeContractThresholdUsd: {
      default: 10000,
      byCategory: {
        writing: 5000,
        design: 5000,
        "engineering-architecture": 5000,
        translation: 5000,
        legal: 5000,
        "sales-marketing": 10000,
        "web-mobile-software": 15000,
        "customer-service": 20000,
      },
      sources: [
        cite.staffLargeContractCategories,
        cite.staffLargeContractSingle,
        cite.staffLargeContractWriting,
        cite.guideTalentBadges2022,
      ],
      note: "Agencies: staff confirm the higher earnings bar (> $20,000) but no source gives a separate per-category table; a 2022 guide lists $15,000 for web, mobile and software agencies. Unlisted categories use the default.",
    },
    jss: {
      windowMonths: 24,
      minDistinctClients: 2,
      minEligibleJobs: 2,
      longContractPaymentIntervalDays: 90,
      maxLongContractWeight: 8,
      sources: [
        // The article is undated; September 2024 comes from a secondary blog.
        {
          url: "https://support.upwork.com/hc/en-us/articles/34958134307475-Job-Success-Score",
          grade: "primary",
          date: "~2024-09",
        },
        {
          url: "https://community.upwork.com/t5/Bulletin-Board/Job-Success-Score-Update-December-2023/m-p/1491817/highlight/true",
          grade: "primary",
          date: "2023-12",
        },
      ],
      note: "Help text only says jobs in the last 24 months count; secondary notes still describe the best of 6-, 12- and 24-month windows. A long contract paid at least every 90 days counts without feedback and gains weight each paid quarter, up to 8 jobs.",
    },
    inactivity: {
      privateAfterDaysWithoutEarningsEstablished: 730,
      privateAfterDaysNewFreelancer: 90,
      sources: [
        {
          url: "https://community.upwork.com/t5/Announcements/Updates-to-Showing-Active-Earners-in-Search-Results/ba-p/710815",
          grade: "primary",
          date: "~2019",
        },
        {
          url: "https://support.upwork.com/hc/en-us/sections/360002670094-Profile-Settings",
          grade: "primary",
          date: "undated",
        },
      ],
      note: 'Upwork says "more than two years" without earnings for established freelancers (recorded as 730 days). Freelancer Plus or a support request keeps or makes the profile public again.',
    },
    offPlatform: {
      conversionFeePercent: 12,
      annualHours: 2080,
      badgeBanMonths: 6,
      sources: [
        {
          url: "https://support.upwork.com/hc/en-us/articles/360043723533-The-Upwork-Conversion-Fee",
          grade: "primary",
          date: "undated",
        },
        cite.helpTopRated,
        {
          url: "https://community.upwork.com/t5/Freelancers/New-changes-to-User-Agreement-Opt-Out-options/td-p/754685",
          grade: "staff",
          date: "~2019",
        },
      ],
      note: "The conversion fee is 12% of estimated annual earnings (highest relevant hourly rate x 2,080 hours); payments must stay on Upwork for 24 months from the start of the relationship unless it is paid. Paying or repeatedly contacting off-platform costs the badges and blocks them for 6 months.",
    },
    badgeDelayHours: {
      rising_talent: 48,
      top_rated: 48,
      top_rated_plus: 72,
      // Staff give the Top Rated and Top Rated Plus delays; only Rising Talent's 48 hours is Upwork's own.
      sources: [cite.staffTopRatedRemoved2022, cite.staffBadgeDelayTrp2020, cite.helpRisingTalentOlder],
      note: "Approximate: the badge appears within about this many hours after every requirement is met.",
    },
  },
} satisfies RulesetInput;
