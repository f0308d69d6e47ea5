import type { RulesetInput } from "../ruleset-schema.js";
import { upworkSources as cite } from "./sources.js";

/**
 * Top Rated as documented in a May 2016 copy of the help article, before the June 2016 revision
 * (which most likely brought the 13-of-16-weeks rule). Rising Talent (~2017), Top Rated Plus and
 * Expert-Vetted (2020) did not exist yet, so this ruleset defines Top Rated only.
 */

export const ruleset2016TopRated = {
  id: "2016-top-rated",
  marketplaceId: "upwork",
  title: "Top Rated as documented in May 2016",
  effectiveFrom: "2016-05-01",
  effectiveNote:
    "Dated by the archived May 2016 copy of the help article. These rules applied from the Top Rated launch (about mid-2015); a revision announced on 1 June 2016 changed them, and the 13-of-16-weeks rule appears by April 2017.",
  absentStatusesNote: "they did not exist then",
  statuses: {
    top_rated: {
      name: "Top Rated",
      summary: "The badge for freelancers with a high Job Success Score and a year of solid earnings.",
      awarded: "automatic",
      lossAndRegain: {
        text: "The badge followed the requirements: when one stopped being met it went, and it came back once all were met again. The May 2016 copy does not say how often this was checked.",
        sources: [cite.helpTopRatedMay2016],
      },
      criteria: [
        {
          id: "top_rated.jss_current",
          measure: "jss",
          threshold: { kind: "number", comparison: "gte", value: 90, unit: "percent" },
          whenMissing: "unmet",
          description:
            "A Job Success Score of 90% or higher (for agency members, the agency owner's score too, if any).",
          inPractice: "The score itself was the gate; there was no count of good weeks yet.",
          sources: [cite.helpTopRatedMay2016],
        },
        {
          id: "top_rated.earnings_12m",
          measure: "earnings_12m_usd",
          threshold: { kind: "number", comparison: "gte", value: 1000, agencyValue: 10000, unit: "usd" },
          whenMissing: "unknown",
          description: "At least $1,000 earned in the last 12 months (agencies: at least $10,000).",
          inPractice: "The same yearly bar as today for individuals; agencies had their own higher bar.",
          sources: [cite.helpTopRatedMay2016],
        },
        {
          id: "top_rated.no_recent_hold",
          measure: "account_hold",
          threshold: { kind: "flag", expected: false },
          whenMissing: "assumed",
          condition: "you had no recent account hold",
          description: "An account in good standing without recent holds.",
          inPractice: "A hold removed the badge, as it does today.",
          sources: [cite.helpTopRatedMay2016],
        },
        {
          id: "top_rated.profile_complete",
          measure: "profile_percent",
          threshold: { kind: "number", comparison: "gte", value: 100, exElanceValue: 90, unit: "percent" },
          whenMissing: "assumed",
          description: "A 100% complete profile with a photo (90% for profiles moved over from Elance).",
          condition: "your profile is 100% complete with a photo (90% if from Elance)",
          inPractice: "Every profile section filled in.",
          sources: [cite.helpTopRatedMay2016],
        },
        {
          id: "top_rated.work_history_days",
          measure: "first_contract_days",
          threshold: { kind: "number", comparison: "gte", value: 30, unit: "days" },
          whenMissing: "unknown",
          description: "At least 30 days of work history on the platform.",
          condition: "your first contract started at least 30 days ago",
          inPractice: "A month after the first contract started, instead of today's 90 days.",
          sources: [cite.helpTopRatedMay2016],
          disagreement:
            "The 2016 copy speaks of \"30 days of work history\"; gigdesk measures it from the first contract's start (the first_contract_days option), which is our reading, not Upwork's wording.",
        },
        {
          id: "top_rated.recent_activity",
          measure: "days_since_activity",
          threshold: { kind: "number", comparison: "lte", value: 90, unit: "days" },
          whenMissing: "assumed",
          description: "Active on the platform within the last 90 days.",
          condition: "you were active on the platform in the last 90 days",
          inPractice: "Some proposal, contract work or earnings in the past three months.",
          sources: [cite.helpTopRatedMay2016],
        },
      ],
    },
  },
  marketplace: {
    serviceFee: {
      percent: 20,
      tiers: [
        { upToUsd: 500, percent: 20 },
        { upToUsd: 10000, percent: 10 },
        { upToUsd: null, percent: 5 },
      ],
      sources: [
        {
          url: "https://support.upwork.com/hc/en-us/articles/211062538-Upwork-Service-Fee",
          grade: "primary",
          date: "2016-06-21",
        },
      ],
      note: "A sliding fee by lifetime billings with each client, from 21 June 2016 (7 June in one category): 20% of the first $500, 10% up to $10,000, 5% above. Before that it was a flat 10%. `percent` is the first tier; the tiers decide.",
    },
    jss: {
      windowMonths: 24,
      minDistinctClients: 3,
      minEligibleJobs: 4,
      longContractPaymentIntervalDays: null,
      maxLongContractWeight: null,
      sources: [
        {
          url: "https://community.upwork.com/t5/Freelancing-Resources/Your-Job-Success-Score-on-Upwork/td-p/736122",
          grade: "primary",
          date: "2015-03",
        },
        {
          url: "https://support.upwork.com/hc/en-us/articles/211068358-My-Job-Success-Score",
          grade: "primary",
          date: "undated",
        },
      ],
      note: "The best of 6-, 12- and 24-month snapshots was shown. A score needed about 3 clients and 4 to 5 contracts (4 recorded). Long contracts did not count on a payment schedule: idle open contracts could count against you.",
    },
    inactivity: {
      privateAfterDaysWithoutEarningsEstablished: null,
      privateAfterDaysNewFreelancer: null,
      sources: [
        {
          url: "https://community.upwork.com/t5/Announcements/Addressing-accounts-that-don-t-show-work-activity/td-p/274042",
          grade: "primary",
          date: "2016-11-23",
        },
      ],
      note: "No automatic private profile yet (that began on 31 August 2017). From 23 November 2016 Upwork closed some accounts with many proposals and no wins.",
    },
    offPlatform: {
      conversionFeePercent: null,
      annualHours: null,
      badgeBanMonths: null,
      // The article describes the later percentage fee; the flat opt-out fee in the note rests on a 2017 guide.
      sources: [
        {
          url: "https://support.upwork.com/hc/en-us/articles/360043723533-The-Upwork-Conversion-Fee",
          grade: "primary",
          date: "undated",
        },
      ],
      note: "The percentage conversion fee came later (2019 user agreement). Around 2016-17 leaving the platform with a client meant a flat opt-out fee that a 2017 guide puts at a few thousand dollars; no badge ban length is documented for this period.",
    },
    badgeDelayHours: {
      sources: [cite.helpTopRatedMay2016, cite.announcementJune2016],
      note: "The 2016 texts give no delay between meeting the requirements and seeing the badge.",
    },
  },
} satisfies RulesetInput;
