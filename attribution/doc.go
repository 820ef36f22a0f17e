// Package attribution finds who said what: it splits paragraphs into
// sentences, finds direct quotes, quoted fragments and reported speech,
// discovers the people named in the text with their roles and affiliations,
// and attributes each statement to its speaker. It never paraphrases: every
// statement's text is a span of its paragraph.
//
// Extract reads a corpus in two passes. The first discovers people from
// the offices written with their names: a title before the name ("Turkish
// Foreign Minister Hakan Fidan", "Iran’s foreign minister, Abbas
// Araghchi"), an appositive after it ("Fu Cong, China’s permanent
// representative to the United Nations,") or an employer ("Sanam Vakil of
// Chatham House"). A full name quoted with no office ("said K. Selvaraj,
// who runs a fleet of lorries") is a private person, who speaks for no
// one. The office gives the country or organisation a person
// speaks for: one named in it ("the agency’s deputy director general" is
// the agency’s, not its host country’s), else the country that is the
// subject of the sentence or paragraph, then the dateline’s, then the
// article’s most mentioned, never a country named as an object. An
// expert, analyst, trader or private person speaks for none, a company’s
// spokesperson for the company (office.go reads offices, people.go keeps the people found, so that the
// same person gets one ID across articles and spellings). The second pass
// reads each sentence, split by sentence.go around the quotations
// quote.go finds:
//
//   - verbs.go finds the speech verbs (more than forty lemmas in all their
//     forms, told apart from nouns of the same spelling by the words
//     around them) and speech nouns after light verbs ("made pledges");
//   - subject.go finds each verb's subject: the phrase before it, the
//     subject of the verb it is coordinated with, the phrase before an
//     appositive, or the phrase after it in "“…,” said X";
//   - speaker.go makes a speaker of the subject: a pronoun resolved to the
//     last speaker it can stand for, a person by full or last name, a known
//     country, seat or organisation, an institution ("Egypt’s Ministry of
//     Foreign Affairs"), the state behind a collective ("the Iranian
//     leadership") or a group ("Turkish officials");
//   - attribute.go turns quotations into direct statements (whole
//     sentences: opening a sentence, after a colon, or split around their
//     attribution) and partial ones (fragments inside reported speech), and
//     leaves quoted terms that no one is reported to say without a
//     statement;
//   - reported.go turns the rest of reported speech into indirect
//     statements: the clause a verb reports, an act from the verb on
//     ("urged all sides to …"), a sentence attributed at its end, and one
//     attributed with "according to".
//
// Score compares a result with hand-checked attributions read by ReadGold.
package attribution
