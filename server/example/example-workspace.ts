/**
 * The example workspace (SPEC §1): the main judgments of ISW/CTP's August 2021 assessment of the
 * Iranian proxy response to the US-Iraq Strategic Dialogue, written as forecasts in our own
 * words, with indicators and real events from after its publication. The report's text is not
 * carried here, only its metadata and our summary. Dates are UTC days.
 *
 * Those forecasts all closed long ago, so two open follow-on questions are dated from the day the
 * workspace is loaded (`openExampleForecasts(now)`): a newcomer can practise predicting, adding
 * indicators and attaching events on them at once.
 */
export interface ExamplePerson {
  key: string;
  name: string;
  email: string;
}

export interface ExampleForecast {
  key: string;
  /** A key of EXAMPLE_PEOPLE, or NEWCOMER; "author" when left out. */
  author?: string;
  title: string;
  statement: string;
  resolutionCriteria: string;
  closesAt: string;
  createdAt: string;
  confidence: "low" | "moderate" | "high";
  tags: string[];
  /** The summary sentence it tracks; only the forecasts made from the example report have one. */
  excerpt?: string;
  scenarios: { label: string; description: string; baseline?: boolean }[];
  predictions: { by: string; at: string; probabilities: number[]; rationale: string }[];
  indicators: { key: string; scenario: number; description: string; direction: "for" | "against"; likelihoodRatio: number; expectedBy?: string }[];
}

export interface ExampleEvent {
  occurredAt: string;
  title: string;
  description: string;
  sourceReliability: "A" | "B" | "C" | "D" | "E" | "F";
  infoCredibility: 1 | 2 | 3 | 4 | 5 | 6;
  links: { indicator: string; note: string }[];
}

export const EXAMPLE_PEOPLE: ExamplePerson[] = [
  { key: "author", name: "Example Analyst", email: "example.analyst@signpost.example" },
  { key: "second", name: "Second Opinion", email: "second.opinion@signpost.example" },
];

/** Our summary's judgment sentences: each forecast quotes the one it tracks, so the report page links them. */
const JUDGMENT = {
  takeaway:
    "The authors judge that Iran probably told its Iraqi proxy militias to keep attacks on US forces low-level and harassing until after Iraq's October 2021 parliamentary elections, and then to return to more lethal attacks toward the end of 2021 if US forces had not left.",
  expulsion: "They think it unlikely that a new prime minister orders all US forces out.",
  syriaAndRegion:
    "They flag, without putting a number on it, that attacks on US forces in Syria may continue and that the militias may reach for US aircraft or for bases elsewhere in the region.",
};

export const EXAMPLE_REPORT = {
  title: "The Iranian Proxy Response to the US-Iraq Strategic Dialogue",
  authors: "Katherine Lawlor, Nicholas Carl (Institute for the Study of War and AEI's Critical Threats Project)",
  publishedAt: "2021-08-10",
  url: null as string | null,
  body: [
    "Summary written for this example workspace (the report's own text is not reproduced here).",
    "",
    `After the fourth round of the US-Iraq Strategic Dialogue (26 July 2021) the United States said it would have no forces in a combat role in Iraq by the end of 2021, while keeping trainers and advisers there. ${JUDGMENT.takeaway}`,
    "",
    `They expect the militias to build a political case first, through a parliamentary committee that would declare the withdrawal a sham between the October elections and the 31 December deadline. ${JUDGMENT.expulsion} ${JUDGMENT.syriaAndRegion}`,
    "",
    "Alternatives they name: an Israeli-Iranian escalation or a breakdown of the Vienna nuclear talks could bring larger attacks in Iraq forward before the end of the year.",
  ].join("\n"),
};

export const EXAMPLE_FORECASTS: ExampleForecast[] = [
  {
    key: "low-level",
    title: "Iraqi proxies keep attacks on US forces low-level until after the October 2021 elections",
    statement:
      "Until the end of October 2021, Iran-aligned militias in Iraq limit their attacks on US forces to low-level harassment (IEDs against contracted convoys, small rocket or drone salvos that cause no US casualties) instead of returning to larger, lethal attacks.",
    resolutionCriteria:
      "Resolves to the baseline if no attack attributed to Iran-aligned militias kills or seriously wounds US personnel in Iraq between 10 August and 31 October 2021 and no attack uses more than a handful of rockets or drones; to 'Larger attacks resume' if one does; to 'Attacks stop' if no attack on US forces or their contractors is reported at all in that period.",
    closesAt: "2021-10-31T23:59:59.000Z",
    createdAt: "2021-08-10T12:00:00.000Z",
    confidence: "moderate",
    tags: ["iraq", "iran", "militias"],
    excerpt: JUDGMENT.takeaway,
    scenarios: [
      { label: "Low-level harassment continues", description: "IEDs on convoys and small salvos, no US casualties.", baseline: true },
      { label: "Larger attacks resume before the elections", description: "A lethal or large-scale attack on US forces in Iraq." },
      { label: "Attacks stop", description: "No reported attack on US forces or their contractors." },
    ],
    predictions: [
      { by: "author", at: "2021-08-10T12:00:00.000Z", probabilities: [67.5, 20, 12.5], rationale: "The report's 'likely': the Quds Force commander's reported instructions to deescalate, and the convoy IED tempo since late July." },
      { by: "second", at: "2021-09-12T09:00:00.000Z", probabilities: [55, 35, 10], rationale: "The Erbil airport drone attack suggests the ceiling on 'low-level' is higher than the report assumes." },
      { by: "author", at: "2021-10-11T10:00:00.000Z", probabilities: [72, 20, 8], rationale: "Election day passed without an attack on US forces; three weeks to go." },
    ],
    indicators: [
      { key: "ll-election-quiet", scenario: 0, description: "Election day passes without a militia attack on US forces", direction: "for", likelihoodRatio: 1.5, expectedBy: "2021-10-10" },
      { key: "ll-base-attack", scenario: 0, description: "A drone or rocket attack on a base hosting US forces causes damage", direction: "against", likelihoodRatio: 3 },
      { key: "ll-lethal", scenario: 1, description: "Militias claim a lethal attack on US personnel in Iraq", direction: "for", likelihoodRatio: 10 },
      { key: "ll-halt", scenario: 2, description: "The militias' coordination body announces a halt to all operations", direction: "for", likelihoodRatio: 3, expectedBy: "2021-09-30" },
    ],
  },
  {
    key: "lethal-return",
    title: "Proxies return to larger, lethal attacks on US forces in Iraq by the end of 2021",
    statement:
      "Between the 10 October 2021 elections and 31 December 2021, Iran-aligned militias resume larger-scale attacks on US forces or facilities in Iraq, as the report expects once their political committee declares the US withdrawal a sham.",
    resolutionCriteria:
      "Yes if, between 10 October and 31 December 2021, a credible source reports an attack attributed to Iran-aligned militias on a base, convoy or facility in Iraq hosting US forces that uses several rockets or drones or causes casualties. No otherwise.",
    closesAt: "2021-12-31T23:59:59.000Z",
    createdAt: "2021-08-10T12:05:00.000Z",
    confidence: "low",
    tags: ["iraq", "iran", "militias"],
    excerpt: JUDGMENT.takeaway,
    scenarios: [
      { label: "Yes: larger attacks resume in 2021", description: "", baseline: true },
      { label: "No: attacks stay low-level through 2021", description: "" },
    ],
    predictions: [
      { by: "author", at: "2021-08-10T12:05:00.000Z", probabilities: [67.5, 32.5], rationale: "The report's 'likely', tied to the 31 December deadline for the end of the combat mission." },
      { by: "second", at: "2021-11-08T08:30:00.000Z", probabilities: [75, 25], rationale: "The attack on the Prime Minister's residence shows the militias will escalate against high-profile targets." },
      { by: "second", at: "2021-12-10T08:30:00.000Z", probabilities: [45, 55], rationale: "The combat mission ended on schedule; the militias may wait for the Soleimani anniversary instead." },
      { by: "author", at: "2021-12-12T15:00:00.000Z", probabilities: [50, 50], rationale: "Less time left and a face-saving end of the combat mission; still a roughly even chance." },
    ],
    indicators: [
      { key: "lr-pm-attack", scenario: 0, description: "A drone attack on a senior Iraqi government target signals readiness to escalate", direction: "for", likelihoodRatio: 1.5 },
      { key: "lr-mission-ends", scenario: 0, description: "The coalition ends its combat mission on schedule, removing the militias' stated pretext", direction: "against", likelihoodRatio: 3 },
      { key: "lr-base-salvo", scenario: 0, description: "A rocket or drone salvo hits a base in Iraq hosting US forces", direction: "for", likelihoodRatio: 3, expectedBy: "2021-12-31" },
      { key: "lr-committee", scenario: 0, description: "The militia-aligned parliamentary committee declares that US forces are not withdrawing", direction: "for", likelihoodRatio: 3, expectedBy: "2021-12-15" },
    ],
  },
  {
    key: "syria",
    title: "Iran-aligned militias attack US forces in Syria before the end of 2021",
    statement:
      "Before 31 December 2021, Iran-aligned militias carry out at least one rocket or drone attack on US forces in Syria, continuing the campaign of June and July 2021 while they hold back in Iraq.",
    resolutionCriteria: "Yes if US or coalition officials report a rocket or drone attack on a site in Syria where US forces are based between 10 August and 31 December 2021; No otherwise.",
    closesAt: "2021-12-31T23:59:59.000Z",
    createdAt: "2021-08-10T12:10:00.000Z",
    confidence: "moderate",
    tags: ["syria", "iran", "militias"],
    excerpt: JUDGMENT.syriaAndRegion,
    scenarios: [
      { label: "Yes: an attack in Syria", description: "", baseline: true },
      { label: "No attack in Syria", description: "" },
    ],
    predictions: [
      { by: "author", at: "2021-08-10T12:10:00.000Z", probabilities: [60, 40], rationale: "'May' quantified: at least three attacks in Syria between late June and mid July 2021." },
    ],
    indicators: [
      { key: "sy-tanf", scenario: 0, description: "A rocket or drone attack on al-Tanf or a US site in eastern Syria", direction: "for", likelihoodRatio: 10 },
      { key: "sy-calm", scenario: 1, description: "US officials report no militia fire on US sites in Syria for a whole month", direction: "for", likelihoodRatio: 1.5 },
    ],
  },
  {
    key: "expulsion",
    title: "Iraq's next prime minister does not order all US forces out by March 2022",
    statement:
      "By 31 March 2022, no Iraqi prime minister chosen after the October 2021 elections orders the complete withdrawal of US forces from Iraq. The report judges the opposite scenario unlikely but dangerous.",
    resolutionCriteria: "The baseline holds unless, by 31 March 2022, an Iraqi prime minister or the Council of Ministers issues a binding order for all US forces to leave Iraq.",
    closesAt: "2022-03-31T23:59:59.000Z",
    createdAt: "2021-08-10T12:15:00.000Z",
    confidence: "moderate",
    tags: ["iraq", "politics"],
    excerpt: JUDGMENT.expulsion,
    scenarios: [
      { label: "No expulsion order", description: "US advisers remain by agreement.", baseline: true },
      { label: "Expulsion ordered", description: "A binding order for all US forces to leave." },
    ],
    predictions: [
      { by: "author", at: "2021-08-10T12:15:00.000Z", probabilities: [67.5, 32.5], rationale: "'Unlikely' for the expulsion, so its complement for the baseline." },
    ],
    indicators: [
      { key: "ex-fatah-loses", scenario: 1, description: "The Fatah (Conquest) Alliance fails to win enough seats to choose the prime minister", direction: "against", likelihoodRatio: 3, expectedBy: "2021-10-31" },
      { key: "ex-vote", scenario: 1, description: "Parliament passes a binding vote to expel foreign forces", direction: "for", likelihoodRatio: 10 },
    ],
  },
  {
    key: "region",
    title: "Iraqi militias strike US bases outside Iraq and Syria in 2021",
    statement:
      "Before 31 December 2021, Iraqi Iran-aligned militias attack a base hosting US forces outside Iraq and Syria (for example in Saudi Arabia, Jordan, Kuwait or the Gulf), as the report warns they may.",
    resolutionCriteria: "Yes if a credible source attributes to an Iraqi militia a drone or missile attack, launched between 10 August and 31 December 2021, on a base hosting US forces outside Iraq and Syria. No otherwise.",
    closesAt: "2021-12-31T23:59:59.000Z",
    createdAt: "2021-08-10T12:20:00.000Z",
    confidence: "low",
    tags: ["region", "iran", "militias"],
    excerpt: JUDGMENT.syriaAndRegion,
    scenarios: [
      { label: "No attack outside Iraq and Syria", description: "", baseline: true },
      { label: "Attack outside Iraq and Syria", description: "" },
    ],
    predictions: [
      { by: "author", at: "2021-08-10T12:20:00.000Z", probabilities: [75, 25], rationale: "'May' quantified low: threats are frequent, claimed attacks outside the two countries rare." },
    ],
    indicators: [
      { key: "rg-gulf-drone", scenario: 1, description: "A drone launched from Iraq strikes a Gulf or Jordanian base hosting US forces", direction: "for", likelihoodRatio: 10, expectedBy: "2021-12-31" },
    ],
  },
];

export const EXAMPLE_EVENTS: ExampleEvent[] = [
  {
    occurredAt: "2021-09-11",
    title: "Drone attack on Erbil international airport",
    description: "Explosive-laden drones struck near Erbil airport, which hosts coalition forces; no casualties were reported. Sources: Kurdistan Region security statement; Reuters.",
    sourceReliability: "B",
    infoCredibility: 2,
    links: [{ indicator: "ll-base-attack", note: "Damage at a base hosting US forces, though no casualties." }],
  },
  {
    occurredAt: "2021-10-10",
    title: "Iraq holds early parliamentary elections; the Fatah Alliance loses most of its seats",
    description: "Fatah fell from 48 seats to about 17; militia leaders rejected the results and took to street protests rather than attacks on US forces. Sources: Iraqi High Electoral Commission results; AP.",
    sourceReliability: "A",
    infoCredibility: 1,
    links: [
      { indicator: "ll-election-quiet", note: "Election day passed without an attack on US forces." },
      { indicator: "ex-fatah-loses", note: "Fatah cannot choose the next prime minister on its own." },
    ],
  },
  {
    occurredAt: "2021-10-20",
    title: "Drone and rocket attack on the al-Tanf garrison in Syria",
    description: "Drones and rockets struck the coalition outpost at al-Tanf; no casualties. US officials said Iran was behind it. Sources: US Central Command; AP.",
    sourceReliability: "B",
    infoCredibility: 2,
    links: [{ indicator: "sy-tanf", note: "The attack the forecast anticipated." }],
  },
  {
    occurredAt: "2021-11-07",
    title: "Drone attack on the Prime Minister's residence in Baghdad",
    description: "Prime Minister Mustafa al-Kadhimi was unhurt; several guards were injured. Officials and analysts blamed Iran-aligned militias angered by the election results. Sources: Iraqi government statement; Reuters.",
    sourceReliability: "A",
    infoCredibility: 2,
    links: [{ indicator: "lr-pm-attack", note: "Escalation against the state, not yet against US forces." }],
  },
  {
    occurredAt: "2021-12-09",
    title: "The coalition's combat mission in Iraq formally ends",
    description: "Iraq's national security adviser announced the end of the coalition's combat mission; about 2,500 US troops stay to advise and assist. Sources: Iraqi National Security Adviser; US Central Command.",
    sourceReliability: "A",
    infoCredibility: 1,
    links: [{ indicator: "lr-mission-ends", note: "On schedule, as agreed in July." }],
  },
  {
    occurredAt: "2022-01-03",
    title: "Drones shot down near Baghdad airport on the Soleimani anniversary",
    description: "Two fixed-wing drones marked with tributes to Qassem Soleimani were downed near the airport's diplomatic support centre; no casualties. Source: coalition statement.",
    sourceReliability: "B",
    infoCredibility: 2,
    links: [{ indicator: "lr-base-salvo", note: "Came three days after the forecast's horizon." }],
  },
  {
    occurredAt: "2022-01-05",
    title: "Rocket attack on Ain al-Asad air base",
    description: "Several rockets were fired at Ain al-Asad air base in western Iraq, which hosts US forces; no casualties were reported. Sources: coalition statement; AP.",
    sourceReliability: "B",
    infoCredibility: 2,
    links: [{ indicator: "lr-base-salvo", note: "Second attack of the anniversary week." }],
  },
];

/**
 * The person key of whoever loads the workspace, when they are an analyst (the first admin, at
 * setup, usually is): the open forecast they author is theirs to add indicators to. Loaded by
 * anyone else (the command line), it falls back to the example analyst.
 */
export const NEWCOMER = "newcomer";

const DAY_MS = 86_400_000;

/** `days` before `now`, to the millisecond. */
function daysBefore(now: number, days: number): string {
  return new Date(now - days * DAY_MS).toISOString();
}

/** The UTC day `days` after (or, negative, before) `now`, as "YYYY-MM-DD". */
function dayOffset(now: number, days: number): string {
  return new Date(now + days * DAY_MS).toISOString().slice(0, 10);
}

/** The end of the UTC day `days` after `now`: a horizon given as a date means the whole of that day. */
function endOfDayAfter(now: number, days: number): string {
  return `${dayOffset(now, days)}T23:59:59.999Z`;
}

/**
 * The follow-on questions an analyst would register today, dated from `now` (the moment the
 * workspace is loaded) so that they are open: horizons in the future, the first predictions and the
 * one event in the past.
 */
export function openExampleForecasts(now: number): ExampleForecast[] {
  const escalationOpened = daysBefore(now, 10);
  return [
    {
      key: "open-escalation",
      title: "How hard Iran-aligned Iraqi militias hit US forces in the next four months",
      statement:
        "In the four months after this forecast was registered, the most serious attack that Iran-aligned Iraqi militias make on US forces, or on the bases and convoys that host or supply them, in Iraq, Syria or a neighbouring country. It asks again the question of the 2021 forecasts: quiet, harassment or lethal escalation?",
      resolutionCriteria:
        "At the horizon, take the most serious attack reported by a credible source and attributed to an Iran-aligned Iraqi militia: 'Casualties' if any attack killed or wounded US personnel; otherwise 'Harassment' if any rocket, drone or IED attack on US forces, their sites or their convoys was reported; otherwise 'No attack reported'.",
      closesAt: endOfDayAfter(now, 110),
      createdAt: escalationOpened,
      confidence: "low",
      tags: ["iraq", "iran", "militias", "practice"],
      scenarios: [
        { label: "Harassment without US casualties", description: "Rockets, drones or IEDs that hurt no US personnel.", baseline: true },
        { label: "No attack reported", description: "No attack on US forces, their sites or their convoys." },
        { label: "Casualties", description: "An attack that kills or wounds US personnel." },
      ],
      predictions: [
        { by: "author", at: escalationOpened, probabilities: [55, 30, 15], rationale: "Harassment has been the militias' usual level whenever they were not observing a truce; lethal attacks have been rare and drew US strikes in return." },
        { by: "second", at: daysBefore(now, 3), probabilities: [60, 20, 20], rationale: "The rockets reported near a base this week make a quiet four months less likely; I also give casualties a little more room." },
      ],
      indicators: [
        { key: "oe-attack", scenario: 1, description: "A rocket, drone or IED attack on US forces, their sites or their convoys is reported", direction: "against", likelihoodRatio: 10 },
        { key: "oe-quiet-month", scenario: 1, description: "A whole month passes with no reported attack on US forces", direction: "for", likelihoodRatio: 1.5, expectedBy: dayOffset(now, 30) },
        { key: "oe-truce-ends", scenario: 2, description: "A militia umbrella group announces the end of its pause in attacks on US forces", direction: "for", likelihoodRatio: 3, expectedBy: dayOffset(now, 60) },
      ],
    },
    {
      key: "open-beyond-iraq",
      author: NEWCOMER,
      title: "Iraqi militias claim a drone or missile attack outside Iraq within three months",
      statement:
        "Within three months of this forecast being registered, an Iran-aligned Iraqi militia, or an umbrella group speaking for them, claims a drone or missile attack on a target outside Iraq, for example in Israel, Jordan, Syria or the Gulf. The 2021 assessment warned that the militias may reach beyond Iraq; this asks whether they do so now.",
      resolutionCriteria:
        "Yes if, before the horizon, at least one credible source reports such a claim, whether or not the attack did any damage. No otherwise.",
      closesAt: endOfDayAfter(now, 90),
      createdAt: new Date(now).toISOString(),
      confidence: "moderate",
      tags: ["region", "iran", "militias", "practice"],
      scenarios: [
        { label: "No: no claimed attack outside Iraq", description: "", baseline: true },
        { label: "Yes: an attack outside Iraq is claimed", description: "" },
      ],
      predictions: [
        { by: NEWCOMER, at: new Date(now).toISOString(), probabilities: [70, 30], rationale: "A starting point for practice: such claims come in waves, and three months is short. Add indicators, attach events and revise it." },
      ],
      indicators: [
        { key: "ob-threats", scenario: 1, description: "Militia statements name targets outside Iraq and threaten them", direction: "for", likelihoodRatio: 1.5 },
        { key: "ob-intercepted", scenario: 1, description: "A drone launched from Iraq is intercepted over Jordan, Syria or the Gulf", direction: "for", likelihoodRatio: 3, expectedBy: dayOffset(now, 45) },
      ],
    },
  ];
}

/** One recent event for the open forecasts, made up and labelled as such: the real ones are all from 2021 and 2022. */
export function openExampleEvents(now: number): ExampleEvent[] {
  return [
    {
      occurredAt: dayOffset(now, -5),
      title: "Example event: rockets land near a base hosting US forces in Iraq",
      description:
        "Made up for the example workspace and dated five days before it was loaded, so the open practice forecast has evidence to weigh. Record what you really observe as events of your own.",
      sourceReliability: "C",
      infoCredibility: 3,
      links: [{ indicator: "oe-attack", note: "An attack was reported, so a quiet four months is now less likely." }],
    },
  ];
}
