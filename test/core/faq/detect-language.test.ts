import { describe, expect, it } from "vitest";
import { detectLanguage, readsAsEnglish } from "../../../src/core/faq/detect-language.js";

describe("detectLanguage", () => {
  it.each([
    ["Как считается JSS на Upwork?", "ru"],
    ["Чи згорають коннекти через рік?", "uk"],
    ["¿Cuánto cuesta la tarifa de conversión?", "es"],
    ["quanto tempo demora para o selo aparecer no meu perfil", "pt"],
    ["Pourquoi mon badge a disparu de mon profil ?", "fr"],
    ["Warum ist mein Badge nicht mehr da?", "de"],
    ["perché il mio JSS è sceso?", "it"],
    ["kenapa JSS saya turun setelah refund?", "id"],
    ["bakit po bumaba yung JSS ko?", "tl"],
    ["mera JSS kyu gir gaya bhai?", "hi-Latn"],
    ["मेरा JSS क्यों गिरा?", "hi"],
    ["لماذا اختفت شارة Top Rated؟", "ar"],
    ["为什么我的 JSS 下降了？", "zh"],
    ["JSS はどうやって計算されますか？", "ja"],
    ["JSS 계산 방법이 궁금합니다", "ko"],
    ["JSS của tôi bị giảm, tại sao?", "vi"],
  ])("%j -> %s", (text, language) => {
    expect(detectLanguage(text)).toBe(language);
    expect(readsAsEnglish(detectLanguage(text))).toBe(false);
  });

  it.each([
    "I'm in Costa Rica, does that change the fee?",
    "de facto my client wants me exclusive, is that allowed?",
    "Hola! quick question: how long does the TR badge take?",
    "does la la land count as a niche lol, how do I get rising talent",
    "my client is in São Paulo and wants to pay through Wise, is that ok?",
    "merci everyone, one more thing: how is the JSS calculated?",
    "TRP gone but still TR",
  ])("English with a borrowed word stays English: %j", (text) => {
    expect(readsAsEnglish(detectLanguage(text))).toBe(true);
  });

  it("has nothing to go on for emoji, numbers and one-word chat", () => {
    for (const text of ["🎉🎉", "+1", "13/16", "gm"]) expect(detectLanguage(text)).toBe("und");
  });

  it("ignores code and links when it reads the script", () => {
    expect(readsAsEnglish(detectLanguage("how do I fix this? `ошибка: нет доступа`"))).toBe(true);
  });
});
