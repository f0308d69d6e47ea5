/**
 * Words that carry no topic. They are dropped before matching: in an OR query they would match
 * nearly every entry, which costs time on a large FAQ and says nothing about relevance.
 * Question words are here too; question detection reads the raw text, not these tokens.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the i me my mine myself we us our you your yours he she him her his it its they them their
  is am are was were be been being do does did doing done have has had having to of in on at for with
  by from about as into onto than then and or but if so that this these those there here what whats
  which who whom whose how hows why when where can cant could couldnt should shouldnt would wouldnt
  will wont shall may might must any anyone anybody someone somebody know knows idea please pls plz
  thanks thank thx hi hello hey hiya guys folks all everyone just also still really very some
  im ive id ill youre its isnt arent wasnt dont doesnt didnt not no yes yeah ok okay one way
  up out off over again further once only own same too more most other such each few both
  let lets tell wondering wonder curious question quick anything something thing things like
  sure right got gets getting go going gonna wanna want need needs else ever even now soon yet
  y u ur r`
    .split(/\s+/)
    .filter((word) => word !== ""),
);
