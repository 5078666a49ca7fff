"""The extraction engine on one phenomenon at a time, each on a short invented article.

Every article text here is invented for the test.
"""
from __future__ import annotations

from importlib import resources

import pytest

import quotegraph
from quotegraph.nlp.content import _close_quotes
from quotegraph.nlp.paragraph import Paragraph
from quotegraph.nlp.people import organisational

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return quotegraph.load_pipeline()


@pytest.fixture(scope="module")
def run(nlp):
    def extract(text, title=None):
        return quotegraph.extract(quotegraph.Article(id="t", text=text, title=title), nlp=nlp)
    return extract


def only(article, kind=None):
    """The single quote of ``article`` (of ``kind``), with a readable failure otherwise."""
    quotes = [q for q in article.quotes if kind is None or q.kind == kind]
    assert len(quotes) == 1, [(q.kind, q.content, q.speaker) for q in article.quotes]
    return quotes[0]


def mention(article, q):
    return article.text[q.speaker_start:q.speaker_end]


def by_content(article, words):
    found = [q for q in article.quotes if words in q.content]
    assert len(found) == 1, (words, [(q.kind, q.content, q.speaker) for q in article.quotes])
    return found[0]


# --- direct quotes and their cues ----------------------------------------------------------------

def test_direct_quote_with_cue_after(run):
    art = run("“The bridge will reopen in May,” Jane Roe said.")
    q = only(art)
    assert (q.kind, q.content) == ("direct", "“The bridge will reopen in May,”")
    assert (q.speaker, q.speaker_kind, mention(art, q)) == ("Jane Roe", "person", "Jane Roe")
    assert q.cue == "said" and art.text[q.cue_start:q.cue_end] == "said"
    assert q.confidence >= 0.8


def test_inverted_cue(run):
    art = run("“The bridge will reopen in May,” said Jane Roe, who runs the transport office.")
    q = only(art, "direct")
    assert q.content == "“The bridge will reopen in May,”"
    assert (q.speaker, q.cue) == ("Jane Roe", "said")


@pytest.mark.parametrize("text, content, cue, speaker", [
    # one capitalised word opening a sentence, framed after it (no one named: "she" stays nobody)
    ("Asked which port would reopen first, the minister paused. “Harwick,” she answered.", "“Harwick,”",
     "answered", None),
    ("Asked whether the ferry would run on Sunday, Jane Roe said, “Probably.”", "“Probably.”", "said",
     "Jane Roe"),
    ("Outside the depot, about forty dock workers stood in the rain chanting “Fair Pay Now.”",
     "“Fair Pay Now.”", "chanting", "about forty dock workers"),
    ("As the harbour master cut the ribbon, the crowd shouted “Hooray for Harwick!”",
     "“Hooray for Harwick!”", "shouted", "the crowd"),
    # an exclamation its likeliest frame takes, however weakly the framer scores it
    ("The fans began chanting “Mercy!” as the final whistle blew.", "“Mercy!”", "chanting", "the fans"),
])
def test_a_title_case_quotation_its_cue_speaks_is_a_quote(run, text, content, cue, speaker):
    q = only(run(text), "direct")
    assert (q.content, q.cue, q.speaker) == (content, cue, speaker)


@pytest.mark.parametrize("text, title", [
    ("She told “Morning Harbour,” a radio show, that the port would reopen.", "Morning Harbour"),
    ("This year the designers share their reading of the festival's theme, “The Harbour is the Town.”",
     "The Harbour is the Town"),
    ("- Quick access to the ferry timetable by saying “Hey Harbour”", "Hey Harbour"),  # nobody says it
    # a hyphenated name is one title-case word; short prepositions stay lower-case in a title
    ("The town's spirit was on show at the ‘2026 Welcome Kel-do Regatta’!", "2026 Welcome Kel-do Regatta"),
    ("The choir opened with “Tide after Tide” and closed the evening.", "Tide after Tide"),
])
def test_a_title_in_a_sentence_is_no_statement(run, text, title):
    assert all(title not in q.content or q.kind != "direct" for q in run(text).quotes)


@pytest.mark.parametrize("text", [
    "The film, “Four Days: The Long Night at Harwick Pier,” is based on a book by a ferry captain.",
    "Reviewers have combed her new memoir, “Salt and Iron: How a Harbour Town Rebuilt Itself,” for clues.",
])
def test_a_quoted_title_set_off_after_a_book_or_film_is_no_statement(run, text):
    assert run(text).quotes == []


def test_a_content_that_begins_at_a_quotations_first_word_keeps_its_opening_mark(run):
    q = only(run("Roe wrote a column, “We must stop the levy now,” for the Gazette."))
    assert (q.kind, q.content) == ("mixed", "“We must stop the levy now,” for the Gazette")


def test_a_title_typed_with_two_marks_a_side_is_no_piece_of_the_quote_before(run):
    art = run("''Ready, ready, ready,'' Ms. Quayle said on ''Harbour Morning Show'' last week. "
              "''Nobody works harder.''\n\n''We want a fair deal,'' she said.")
    q = art.quotes[0]
    assert (q.content, q.pieces) == ("''Ready, ready, ready,''", None)


@pytest.mark.parametrize("text", [
    "When the dust comes from hay, the illness is called “farmer's lung.” It is rare.",
    "The sculpture – entitled ‘Tides after Tides after Tides’ and made of driftwood – opened.",
    "She trained at a school known as “the Harbour Academy” for six years.",
])
def test_the_name_a_thing_is_given_is_no_statement(run, text):
    assert [q for q in run(text).quotes if q.kind == "direct"] == []


def test_a_name_someone_gives_is_their_statement(run):
    art = run("The harbour master, for one, named “Low Tide” as the best film of the year.")
    assert only(art).speaker == "the harbour master"


def test_colon_lead_in(run):
    art = run("Jane Roe said: “The bridge will reopen in May.”")
    q = only(art)
    assert (q.kind, q.content, q.speaker) == ("direct", "“The bridge will reopen in May.”", "Jane Roe")


def test_bare_name_colon_lead_in(run):
    art = run("The minister was blunt on Monday. Jane Roe: “The bridge will reopen in May.”")
    q = by_content(art, "bridge will reopen")
    assert q.speaker == "Jane Roe"


@pytest.mark.parametrize("lead, expected", [
    ("From the harbour authority's report:", "the harbour authority's report"),
    ("The mayor's answer was:", "The mayor"),  # an answer's owner gave it
    ("FARES UP AGAIN - Harbour analyst Jo Lind:", "Harbour analyst Jo Lind"),  # a label after a dash
    # the object of the lead-in's verb is not the speaker, its subject is
    ("The harbour master recalled the long freeze on harbour fees:", "The harbour master"),
    ("The council had this to say about the plan:", "The council"),
    ("Here is how bad it got in the words of the harbour master:", "the harbour master"),
    # a transcript's bracketed party or state after the name
    ("Rep. Jo Lind (R-Ore.):", "Rep. Jo Lind"),
    ("Former mayor Jo Lind (D):", "Former mayor Jo Lind"),
    # a hyphenated adjective before the colon says how the subject spoke
    ("Asked about it, the harbour master was matter-of-fact:", "the harbour master"),
])
def test_noun_phrase_colon_lead_in(run, lead, expected):
    art = run(f"The ferry fares rise in May. {lead} “Fares will rise by a tenth for every route.”")
    q = by_content(art, "Fares will rise")
    assert mention(art, q) == expected


def test_a_place_in_a_lead_in_speaks_for_no_one(run):
    # the "of" of a thing's part is not the "of" of "in the words of"; a sign speaks for no one named
    art = run("The goats were back in their pen by noon.\n\nBy Monday, a hand-written sign had appeared on the "
              "gate of the goat pen: “Gone fishing. Back soon.”")
    assert by_content(art, "Gone fishing").speaker is None


def test_a_lead_in_ending_in_a_clause_about_someone_else_is_its_subjects(run):
    # "whoever had taken it" is who the message is for; "Another, Callum Reddy," who has it
    art = run("One resident, who was walking her dog past the cordon, said the mood in the town was \"grim.\"\n\n"
              "Another, Callum Reddy, a retired teacher, had a simpler message for whoever had taken it: \"Put it "
              "on the church steps. Nobody will ask any questions.\"")
    assert by_content(art, "church steps").speaker == "Callum Reddy"


def test_a_sign_a_lead_in_ends_on_speaks_for_no_one(run):
    art = run("The city's systems stayed offline all week.\n\nTaped to the glass door of the permits office on Monday "
              "afternoon was a handwritten sign: \"Computers down. Pens up. Please be patient.\"")
    assert by_content(art, "Pens up").speaker is None


def test_a_thing_pointed_back_to_leads_in_no_one_s_words(run):
    art = run("“I asked to read the whole script first,” Jane Roe said. “Then I knew what we were writing.”\n\n"
              "That step led to an insight: “It was a love song from a daughter to her mother, and to "
              "her town.”")
    q = by_content(art, "a love song")
    assert q.speaker == "Jane Roe"  # not "That step": the words go on from the last speaker


def test_a_bare_that_leads_in_no_one_s_words(run):
    art = run("Rafael Mora, a geologist, had an explanation: \"The ridge is steep, and the trawlers learned to avoid "
              "it.\"\n\nThat matches an old saying among the harbour's fishing families: \"Where the nets tear, the "
              "fish are fat.\"")
    q = by_content(art, "nets tear")
    assert q.speaker != "That" and q.confidence < 0.5


@pytest.mark.parametrize("text", [
    "“I am proud of the film,” Jane Roe said as she accepted her award. “It took us five years.”",
    "Jane Roe came early. “I will vote for Lind,” she said, showing off the hat his campaign had given her. "
    "“It took us five years.”",
    "“We won,” Jane Roe said at the harbour, an hour after the council declared the result. "
    "“It took us five years.”",
])
def test_a_verb_in_the_frame_before_does_not_frame_the_next_quotation(run, text):
    # "accepted", "given", "declared": the earlier frame's own clauses; the quotation after continues
    # it, or is framed by the earlier frame itself ("she said, showing off ... “...”")
    q = by_content(run(text), "five years")
    assert q.speaker == "Jane Roe" and q.cue in (None, "said")


def test_a_quote_inside_a_paragraph_takes_its_weak_frame_not_an_earlier_speaker(run):
    art = run("Tom Welk chaired the meeting on the ferry.\n"
              "Jane Roe spoke last. The council, she said, should stop listening to “those who want "
              "the ferry closed for good and the harbour sold.”")
    q = by_content(art, "those who want")
    assert (q.speaker, mention(art, q)) == ("Jane Roe", "she")


def test_a_quote_in_what_a_verb_of_thinking_holds_is_its_subjects_not_the_inner_clauses(run):
    # "made Holt believe": the cue detector does not take "believe" here, but the quotation is
    # what Holt came to believe, not words of the inner clause's subject
    art = run("The spots only showed up after the frost, which made Lena Holt believe that she and Ravi "
              "Patel were “finally looking at a plant that should not be there.”")
    q = by_content(art, "finally looking")
    assert (q.speaker, q.cue) == ("Lena Holt", "believe")


@pytest.mark.parametrize("paragraph, content, speaker", [
    # a retort, too short to continue anyone's statement
    ("“Not now,” Jane Roe snapped, and walked away from the podium.", "“Not now,”", "Jane Roe"),
    # set off like speech, its frame right after it in the sentence
    ("“The night crossings are gone and nobody explained why,” the two stevedores write in their "
     "letter.", "“The night crossings are gone and nobody explained why,”", "the two stevedores"),
    # its frame a verb the parse took for a noun, or left without a subject, closing the sentence
    ("“The council owes every islander an apology,” the editorial read.",
     "“The council owes every islander an apology,”", "the editorial"),
    ("“Nobody explained why,” the two stevedores state.", "“Nobody explained why,”", "the two stevedores"),
    ("“We will be back with more signatures!” a voice-over in the campaign video declares.",
     "“We will be back with more signatures!”", "a voice-over"),
])
def test_a_quote_opening_a_paragraph_takes_its_weak_frame_not_the_last_speaker(run, paragraph, content,
                                                                              speaker):
    art = run("Harbour councillor Ilse Marwick defended the new ferry timetable. “It serves the early "
              "shift better than any plan before it,” Marwick said.\n\n" + paragraph)
    q = by_content(art, content)
    assert (q.content, q.speaker) == (content, speaker)


@pytest.mark.parametrize("dash", ["―", "— ", " – ", " -- ", "\xa0― "])
def test_a_name_after_a_dash_signs_each_quote(run, dash):
    art = run("Readers told us what the new bridge toll means to them.\n\n"
              f"“I cross it twice a day to get to work, and now I cannot afford to.”{dash}Mara Eskelin\n\n"
              f"“The ferry was slower but it cost half as much for a family.”{dash}Tobias Wren")
    assert [(q.speaker, mention(art, q)) for q in art.quotes if q.kind == "direct"] == [
        ("Mara Eskelin", "Mara Eskelin"), ("Tobias Wren", "Tobias Wren")]


@pytest.mark.parametrize("text, speaker", [
    ("Mayor Iryna Koval visited the site on Monday.\n\n— We will rebuild the school by September, — Koval "
     "said. — The money is already there.", "Iryna Koval"),
    ("The spokesman, Ernesto Vidal Lago, spoke after the vote.\n\n—This budget is not worth the paper on "
     "which it is printed. The money is already there —has sentenced Vidal.", "Ernesto Vidal Lago"),
])
def test_a_line_of_dialogue_is_its_narrators_speakers_quote(run, text, speaker):
    q = by_content(run(text), "The money is already there")
    assert (q.kind, q.speaker) == ("direct", speaker)


def test_a_dash_and_a_name_on_the_next_line_sign_the_quote_before(run):
    art = run("Readers told us what the new bridge toll means to them.\n\n"
              "“I cross it twice a day to get to work, and now I cannot afford to.”\n\n– Mara Eskelin\n\n"
              "“The ferry was slower but it cost half as much for a family.”\n\n-Tobias Wren, Harwick\n\n"
              "“It is a tax on islanders.”\n\n– Eskelin\n\n"
              "“Nobody asked the islanders.”\n\n– and that was the end of it –")
    *signed, third = [q for q in art.quotes if q.kind == "direct"]
    assert [(q.speaker, mention(art, q)) for q in signed] == [
        ("Mara Eskelin", "Mara Eskelin"), ("Tobias Wren", "Tobias Wren"), ("Mara Eskelin", "Eskelin")]
    assert third.speaker_start is None or third.speaker_start < third.start  # an aside signs nothing


def test_an_article_that_quotes_with_single_marks(run):
    art = run("Harbour strike ends\n\n"
              "'This is a fair deal and our members have earned it,' said Moira Quayle, the union's "
              "regional secretary.\n\n"
              "'Nobody wanted this to drag on,' she told the Alder Gazette.\n\n"
              "The operator's chief executive, Tomas Brandvold, said the company was 'pleased to put this "
              "behind us'.\n\n"
              "'We will now focus on the customers we lost,' Mr Brandvold said.")
    assert [(q.speaker, q.speaker_title) for q in art.quotes] == [
        ("Moira Quayle", "union's regional secretary"), ("Moira Quayle", "union's regional secretary"),
        ("Tomas Brandvold", "operator's chief executive"), ("Tomas Brandvold", "operator's chief executive")]
    assert [q.kind for q in art.quotes if q.content.startswith("'")][-1] == "direct"
    assert "'pleased to put this behind us'" in art.quotes[2].content  # mixed or direct: the framer decides
    assert art.quotes[0].content.startswith("'This is") and art.quotes[0].content.endswith("earned it,'")
    assert art.quotes[1].channel == "Alder Gazette"


def test_colon_lead_in_across_paragraphs(run):
    art = run("The ferry will stop in May, and the harbour master Piet Vanterpool wrote to the crews:\n\n"
              "“We will need every one of you back in June, when the new terminal opens.”")
    q = by_content(art, "every one of you")
    assert (q.speaker, q.cue) == ("Piet Vanterpool", "wrote")


def test_a_quotation_the_cues_clause_holds_is_no_second_piece_of_the_one_it_frames(run):
    # “A,” Roe said, suggesting ..., including, “B”: B is in the clause of "said" but not framed
    # by it, so it is a statement of its own, not A's second half
    article = run("“What the board must do now is listen to the crews and drop its quarrels with the radio. It "
                  "should plan for the port. Folks here have lost faith in the mayor,” Roe said, suggesting a few "
                  "questions, including, “Mayor, do you really think the ferry can pay its way? Mayor, do you "
                  "really think the crews can live with this levy? Where is the money for the port? Ask about one "
                  "thing at a time and you see what the plan is.”")
    assert [(q.content[:12], q.pieces, q.speaker) for q in article.quotes] == [
        ("“What the bo", None, "Roe"), ("“Mayor, do y", None, "Roe")]


def test_a_framed_quotation_is_not_reported_twice(run):
    # the parse hangs "despite" on what "commented" reports: that is still the quotation alone
    art = run("Anna Berg, head of the port authority, commented, “The quay will be ready in May,” "
              "despite what she called “a winter of delays.”")
    assert [(q.kind, q.content, q.cue) for q in art.quotes] == [
        ("direct", "“The quay will be ready in May,”", "commented"),
        ("direct", "“a winter of delays.”", "called")]


def test_lead_in_speaker_is_resolved_in_its_own_paragraph(run):
    # "which" speaks for its antecedent, found in the paragraph before the quote, not the quote's
    art = run("The mayor shared the address of the city website, which contains the following statement:"
              "\n\n“Our river is clean again. Swim in it.”")
    q = by_content(art, "river is clean")
    assert (q.speaker, mention(art, q)) == ("the city website", "which")


# --- resolving the mention to a person -----------------------------------------------------------

def test_pronoun_resolves_to_the_full_name_introduced_earlier(run):
    art = run("Jane Roe, the transport minister, inspected the bridge on Monday.\n"
              "“The bridge will reopen in May,” she said.\n"
              "“We have hired forty more engineers,” she added.")
    assert [q.speaker for q in art.quotes] == ["Jane Roe", "Jane Roe"]
    assert [mention(art, q) for q in art.quotes] == ["she", "she"]
    assert [q.cue for q in art.quotes] == ["said", "added"]


@pytest.mark.parametrize("text, words, speaker", [
    # the latest person named
    ("Jane Roe opened the meeting on Monday.\nLater, Tom Welk, the city engineer, presented the repair "
     "plan.\n“The cables must be replaced before winter,” he said.", "cables", "Tom Welk"),
    # "Brandt" alone is no PERSON entity; it names the person introduced above, and "she" is her
    ("Ilse Brandt, the band's singer, wrote most of the songs.\n\nJonas Eck joined in 2001.\n\n"
     "After the encore, Brandt waved Mahler's guitarist onto the stage. "
     "“You might know him already,” she said.", "might know him", "Ilse Brandt"),
    # an organisation the NER calls a person is not "he"
    ("Halvorsen Shipping Corp agreed to buy the yard. Its chairman, Ragnar Vik, spoke on Monday.\n\n"
     "He said the yard would keep its 400 workers.", "400 workers", "Ragnar Vik"),
    # "she" is not the man named last: his possessive says he is a man
    ("Greta Lindholm wrote the novel in a single winter.\n\nHer publisher, Anton Brisk, read it on "
     "a train and lost his ticket.\n\n“I knew the ending before I had a title,” she said.",
     "knew the ending", "Greta Lindholm"),
    # nor a man called "Mr."
    ("Dana Oyelaran chairs the parks board.\n\nMr. Pell Harrow voted against the budget.\n\n"
     "“The lake path comes first,” she said.", "lake path", "Dana Oyelaran"),
    # a person "she" was taken to be is not "he"
    ("Tobias Kell opened the bakery in 1990.\n\nHis partner, Ines Varro, smiled.\n\n"
     "“Bread waits for nobody,” she said.\n\n“The ovens do not either,” he said.", "ovens", "Tobias Kell"),
    # where the article says nothing of gender, a given name does: "he" is not Beth Morrow
    ("Paul Vance drafted the bill last spring.\n\nBeth Morrow called it “overdue” in a column.\n\n"
     "“Nobody reads the second page,” he said.", "second page", "Paul Vance"),
    # and outweighs a "she" that is someone else's: Eric Sandel said she (the mayor) ...
    ("Mayor Ruth Ekberg proposed the tax.\n\nEric Sandel said she had not consulted the council.\n\n"
     "“It was announced before it was discussed,” he said.", "announced before", "Eric Sandel"),
    # when everyone spoken of is a man, "she" is the woman just named, whatever her role
    ("Martin Osei wrote the first draft.\n\nWhen Osei visited his editor, Teresa Hale, at her "
     "office, he left a poem on her desk.\n\n“He never signed them,” she recalled.", "never signed", "Teresa Hale"),
    # "his" after her verb is someone else's; her given name says who "she" is
    ("Tomasz Wierzba headed the winner.\n\nManager Ilse Marten praised his response. “He trains "
     "harder than anyone,” she said.", "trains harder", "Ilse Marten"),
    # a title's head word says the gender, not a word after it: a cousin of the queen may be "he"
    ("Anna Brisk hosted the dinner.\n\nHenrik Vale, a cousin of the queen, arrived late.\n\n"
     "“The roads were closed,” he said.", "roads were closed", "Henrik Vale"),
    # the subject of a clause that completes a noun ("the perception that Lund is ...") is talked of
    ("Harbour master Ola Brandt spoke on Monday.\n\nBrandt is a sailor on a mission to change the "
     "perception that Mayor Ida Lund is careless. “She has kept this port alive,” he said.", "port alive",
     "Ola Brandt"),
])
def test_pronoun_picks_the_latest_person(run, text, words, speaker):
    assert by_content(run(text), words).speaker == speaker


def test_the_writers_own_we_and_i_are_nobody_named(run):
    art = run("Councillor Edith Marr defended the bypass on Monday.\n"
              "We have argued in this column that the bypass is a mistake, and I told Marr "
              "that the town would pay for it for decades.")
    for words in ("the bypass is a mistake", "the town would pay"):
        q = by_content(art, words)
        assert q.speaker is None and q.confidence < 0.5, (words, q.speaker, q.confidence)


def test_surname_resolves_to_the_full_name(run):
    art = run("Mark Ellery runs the city's water board.\n"
              "“The pipes are older than the city itself,” Ellery said.")
    q = only(art)
    assert (q.speaker, mention(art, q)) == ("Mark Ellery", "Ellery")


@pytest.mark.parametrize("text, speaker", [
    # a name set off by commas after an opening phrase, which the parse hung on its last noun
    ("Maureen and Declan Fairweather run the bakery.\n\nSpeaking in the back room between batches of "
     "sourdough, Declan, 64, said the decision had been \"the hardest thing we've ever done.\"",
     "Declan Fairweather"),
    # not the full stop the tokenizer split off "No"
    ("Daria Movsesian won the final.\n\nThe world No. 3 said she would take a week off.", "the world No"),
])
def test_the_subject_the_parse_misplaced(run, text, speaker):
    assert only(run(text)).speaker == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # a double given name, and the first of two surnames
    ("The mayoress, María Jesús Arnau Ibarra, opened the session. «The budget is prudent», Arnau said.",
     "prudent", "María Jesús Arnau Ibarra"),
    ("The spokesman, Ernesto Vidal Lago, spoke first. «It is pure fiction», Vidal said.", "fiction",
     "Ernesto Vidal Lago"),
    # a given name no list holds, or a hyphenated second surname
    ("The secretary of the guild, Consolata Berrocal Anaya, spoke at the gate. «We are at the limit», "
     "affirmed Berrocal.", "the limit", "Consolata Berrocal Anaya"),
    ("The delegate, Inés Carrasco Díaz-Pinto, arrived late. «Nobody called us», Carrasco said.", "Nobody",
     "Inés Carrasco Díaz-Pinto"),
    # the surname alone, where a caption gives the name without its second surname
    ("The mayoress, María Jesús Arnau Ibarra, opened the session.\n\nArnau has underlined that the accounts "
     "include the old mill, a demand that, according to her, «the neighbours have made for twenty years».\n\n"
     "The mayoress, María Jesús Arnau, during the session.", "the neighbours", "María Jesús Arnau Ibarra"),
])
def test_a_spanish_name_resolves_to_the_full_name(run, text, words, speaker):
    assert by_content(run(text), words).speaker == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # a surname's lower-case particles, which the NER began the name after
    ("Growers were left counting the cost. Wietske van der Hoorn, who runs a seed bank, said her stock had "
     "failed.\n\n\"We could never get the seeds to take,\" she said.", "seeds to take", "Wietske van der Hoorn"),
    ("Farmers were angry. Joana dos Reis Pereira, who keeps goats, said the price was too low.",
     "price was too low", "Joana dos Reis Pereira"),
    ("Maria do Rosário Vilela, 71, a retired seamstress, said she had come \"to see who defends us\".",
     "who defends us", "Maria do Rosário Vilela"),
    # not an institution's name
    ("The Universidad de Castrello said the results were sound.", "results were sound", "the Universidad de Castrello"),
    # "according to" someone's role, then the name set off by commas
    ("Ortiz sits third overall. According to his coach, Fernando Arrieta, the rider is \"only now finding his "
     "legs\".", "finding his legs", "Fernando Arrieta"),
    ("According to the local MP, Fiona Baird-Osei, the row has become \"a test of whether villages count for "
     "anything.\"", "villages count", "Fiona Baird-Osei"),
    # a role before a name the NER took for an organisation's; the first of two surnames alone
    ("Opposition MP Piotr Zawadzki said the programme had been \"rushed\".", "the programme",
     "Piotr Zawadzki"),
    ("According to Mercedes Albarrán Quiroga, who heads the office, the talks resume on Monday.\n\n"
     "\"There is common ground,\" Albarrán said.", "common ground", "Mercedes Albarrán Quiroga"),
])
def test_names_the_ner_cut_or_mislabelled(run, text, words, speaker):
    assert by_content(run(text), words).speaker == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # West African honorifics are no part of a name, nor a role; the NER may stop after the first name
    ("The senator, Distinguished Senator Alhaji Yakubu Garba Dankaro, was not moved.\n\n\"I have not left the "
     "party,\" Dankaro said.", "not left", "Yakubu Garba Dankaro"),
    ("The state chairman of the PRC, Chief Olumide Fasanmi, spoke on Tuesday.\n\n\"The PRC is one big "
     "family,\" said Fasanmi.", "one big family", "Olumide Fasanmi"),
    ("Comrade Ifeoma Nwachukwu-Bello told journalists that the party would \"field candidates everywhere\".",
     "field candidates", "Ifeoma Nwachukwu-Bello"),
    # Indian ones
    ("The Superintendent of Police, Shri Vikram Singh Rathore, informed that the highway had been closed.",
     "highway", "Vikram Singh Rathore"),
    ("District Collector Smt. Anjali Deshmane reviewed the situation on Friday.\n\n\"We have deployed 14 "
     "boats,\" the Collector said.", "14 boats", "Anjali Deshmane"),
])
def test_an_honorific_is_no_part_of_the_name(run, text, words, speaker):
    assert by_content(run(text), words).speaker == speaker


@pytest.mark.parametrize("text, words, speaker, title", [
    ("The state chairman of the PRC, Chief Olumide Fasanmi, addressed journalists.\n\n"
     "The chairman said the committee had received 17 petitions.", "17 petitions", "Olumide Fasanmi",
     "state chairman of the PRC"),
    ("The vice-chancellor, Professor Annelise Corbridge, disputed that account.\n\n"
     "The vice-chancellor said the pay award was \"not in Eastmoor's gift to change\".", "gift",
     "Annelise Corbridge", "vice-chancellor"),
])
def test_an_honorific_or_a_word_of_learning_gives_way_to_the_title_in_apposition(run, text, words, speaker, title):
    q = by_content(run(text), words)
    assert (q.speaker, q.speaker_title) == (speaker, title)


@pytest.mark.parametrize("text, words, speaker", [
    # an abbreviated rank keeps its full stop: the sentence goes on to the name
    ("\"We are already at war with them,\" said Pentagon spokesman Navy Capt. Jeff Davis, who was asked "
     "about it.", "at war", "Jeff Davis"),
    ("Reacting, the press secretary to the governor, Hon. Tunde Bamgbose, said the claim was "
     "\"unbecoming of a ranking lawmaker.\"", "unbecoming", "Tunde Bamgbose"),  # not "Reacting"
])
def test_an_abbreviated_title_before_a_name(run, text, words, speaker):
    assert by_content(run(text), words).speaker == speaker


def test_a_surname_the_tagger_takes_for_a_verb_still_makes_a_name(run):
    art = run("Defending, Alistair Greaves KC said his client had been \"consumed by shame\" since the crash."
              "\n\n\"He does not ask for sympathy,\" Mr Greaves said.")
    assert [q.speaker for q in art.quotes] == ["Alistair Greaves"] * 2


@pytest.mark.parametrize("text", [
    "In a statement, Dunmere and Wexcombe Police said officers had attended 14 fatal collisions.",
    "Station Manager Rachel Dunmore, of Ashmoor and Vale Fire and Rescue Service, arrived first.\n\n"
    "The fire service said in a statement that it had carried out 412 fire safety inspections.",
])
def test_a_service_named_after_two_places(run, text):
    assert only(run(text)).speaker in ("Dunmere and Wexcombe Police", "Ashmoor and Vale Fire and Rescue Service")


def test_a_surname_the_tagger_takes_for_an_adjective_is_still_the_speaker(run):
    art = run("Ola Small runs the market.\n\n"
              "Small, who attended the rally on Wednesday, said that “this is a good day for the town.”")
    q = only(art)
    assert (q.speaker, mention(art, q)) == ("Ola Small", "Small")  # not the relative pronoun "who"


EARLY = ("Harbour director Chris Early and ferry captain Jack Buser spoke at the meeting.\n\n"
         "“The groundwork is there,” Buser says.\n\n")


def test_a_surname_the_parse_takes_for_an_adverb_of_the_cue_is_its_speaker(run):
    art = run(EARLY + "“We will be back next year,” Early says.")
    assert by_content(art, "back next year").speaker == "Chris Early"


def test_a_surname_the_parse_takes_for_an_adverb_after_the_cue_is_its_speaker(run):
    # "said Early" with "Early" parsed as an adverb of "said"; the participle after it is hers too
    art = run(EARLY + "“Having two crews who know the route is valuable,” said Early, explaining she worked "
                      "more closely with Buser, who was responsible for the timetable.")
    assert by_content(art, "know the route").speaker == "Chris Early"
    assert by_content(art, "worked more closely").speaker == "Chris Early"  # not Buser, "who"


TOPICS = ("Tova Lindqvist chairs the ferry board. Mayor Jack Buser, Nils Halvorsen and Eva Lind spoke "
          "too.\n\n")


@pytest.mark.parametrize("text, speaker", [
    ("Of Buser, Lindqvist, who has given money to the sailing club, said, “He is a fine sailor.”",
     "Tova Lindqvist"),  # parsed as "Buser" said, with "Lindqvist" in apposition
    ("Of the mayor, Halvorsen, who once ran against him, said, “He is a fine sailor.”", "Nils Halvorsen"),
    ("Of Lind, Halvorsen, who gave money to Ola Brandt, said, “She is scary.”",
     "Nils Halvorsen"),  # parsed as "Of" said, with "Halvorsen" in apposition to its object "Lind"
    ("On the budget, Lindqvist, who spoke last, said, “We cannot afford a second ferry.”",
     "Tova Lindqvist"),
])
def test_a_sentence_opening_with_its_topic_is_said_by_the_name_after_it(run, text, speaker):
    q = only(run(TOPICS + text))
    assert (q.speaker, q.speaker_title) == (speaker, None)  # "the mayor", "budget" are topics, not titles


def test_a_name_the_parse_set_beside_an_opening_phrases_noun_is_the_speakers_mention(run):
    # parsed as "the referendum" called, with "Mark Ellison" in apposition to it
    art = run('With two weeks until the referendum, Mark Ellison, a spokesman for the union, called the '
              'offer "an insult to every nurse."')
    q = by_content(art, "an insult")
    assert (q.speaker, mention(art, q)) == ("Mark Ellison", "Mark Ellison")


@pytest.mark.parametrize("text", [
    "Bandwidth is an issue in remote markets, but Early still says studios are \"believers\" in streaming.",
    # the parse hangs "Early" on "still"
    "\"Sailing is somewhat binary,\" says Early. \"You are either in a place with steady wind or you are "
    "not.\" In places like Valdmark and Harwick, wind is less of an issue than in more sheltered ports, but "
    "Early still says sailors are \"believers\" in sails as a viable future for the fleet.",
])
def test_a_surname_the_parse_takes_for_an_adverb_before_another_adverb_is_its_speaker(run, text):
    assert by_content(run(EARLY + text), "believers").speaker == "Chris Early"


def test_a_surname_the_parse_takes_for_an_adverb_is_a_subject_pronouns_look_back_to(run):
    art = run(EARLY + "At the end of the meeting, Early laughed at the question. "
                      "“Our objective is to fill the harbour,” he says.")
    assert by_content(art, "fill the harbour").speaker == "Chris Early"


def test_a_surname_the_parse_takes_for_a_compound_of_the_cue_is_its_speaker(run):
    art = run("Holding up a chart, Beck said, “I want to ask you whether you can name this harbour. "
              "Tell me if it does not look like a place we all know.”\n\n"
              "When someone in the audience shouted, “Valdmark,” Beck joked, again using an "
              "exaggerated Southern accent, “Amen, brother! Come on up and get a ticket!”")
    assert by_content(art, "get a ticket").speaker == "Beck"  # not "someone", the shouter


def test_a_speaker_glued_to_the_closing_mark_is_found(run):
    art = run("Jane Roe met the host.\n\n“I think it is surprising to see him,”Roe said. “It does not fit.”")
    q = only(art)
    assert (q.speaker, mention(art, q)) == ("Jane Roe", "Roe")


def test_surname_resolves_to_a_full_name_the_ner_called_an_organisation(nlp):
    from spacy.tokens import Span

    from quotegraph.nlp.components import attribute
    from quotegraph.nlp.paragraph import Paragraph

    text = ("The referee sent off Mason Tully in the last minute on Wednesday.\n"
            "Tully said the referee had given him no warning.")
    doc = nlp(text)
    first, again = (t.i for t in doc if t.text == "Tully")
    # the full name as an organisation, the surname alone as a person: as the small model often has it
    doc.ents = [Span(doc, first - 1, first + 1, "ORG"), Span(doc, again, again + 1, "PERSON")]
    q, = attribute(text, [Paragraph(doc[:], 0, text, 0)])
    assert q.speaker == "Mason Tully"


def test_a_setting_the_ner_took_for_a_date_is_no_channel(nlp):
    from spacy.tokens import Span

    from quotegraph.nlp.channels import channel_of
    from quotegraph.nlp.paragraph import Paragraph

    text = "Noam Roe wrote in a column this month that the party had lost its way."
    doc = nlp(text)
    column = next(t.i for t in doc if t.text == "column")
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, column, column + 3, "DATE")]  # "column this month"
    wrote = next(t for t in doc if t.text == "wrote")
    assert channel_of(wrote, Paragraph(doc[:], 0, text, 0)) is None  # not an empty string


def test_title_as_speaker_resolves_to_the_person_with_that_title(run):
    art = run("City spokeswoman Nora Baptiste confirmed the closure on Friday.\n"
              "“The park will stay closed until spring,” the spokeswoman said.")
    q = only(art, "direct")
    assert q.speaker == "Nora Baptiste"
    assert mention(art, q) == "the spokeswoman"
    assert "spokeswoman" in (q.speaker_title or "")


def test_continuation_paragraph_without_cue_goes_to_the_previous_speaker(run):
    art = run("“The harvest was the worst in a decade,” farmer Paul Okafor said.\n"
              "“We lost half of the wheat to the floods in a single week.”")
    first, second = art.quotes
    assert first.speaker == second.speaker == "Paul Okafor"
    assert second.content == "“We lost half of the wheat to the floods in a single week.”"
    assert second.cue is None
    assert second.confidence < first.confidence  # a continuation is less certain than a cue


def test_a_continuation_points_to_where_the_speaker_was_last_named(run):
    text = ("“The harvest was the worst in a decade,” farmer Paul Okafor said.\n"
            "Okafor is still hopeful about the spring, because the river has fallen.\n"
            "“We will plant again in March.”")
    q = run(text).quotes[-1]
    assert (q.speaker, q.cue) == ("Paul Okafor", None)
    assert text[q.speaker_start:q.speaker_end] == "Okafor" and q.speaker_start == text.index("Okafor is")


def test_a_phrase_the_sentence_runs_into_continues_no_one_from_paragraphs_before(run):
    text = ("“The harvest was the worst in a decade,” farmer Paul Okafor said.\n"
            "Crews worked through the night in the “fight against the water in every street” of the town.")
    q = run(text).quotes[-1]
    assert q.content == "“fight against the water in every street”"
    assert q.speaker is None and q.confidence < 0.5
    # in the paragraph of the speaker's own quote it still continues them
    text = ("“The harvest was the worst in a decade,” farmer Paul Okafor said, and the floods were "
            "“the end of a long and bitter year for the whole valley.”")
    assert run(text).quotes[-1].speaker == "Paul Okafor"


def test_multi_paragraph_quote(run):
    text = ("Mayor Helen Marsh addressed the crowd on Sunday.\n"
            "Marsh said: “We will rebuild every home on this street, and we start with the school.\n"
            "“The money is already in the bank, and the builders arrive on Monday.”\n"
            "The crowd cheered.")
    art = run(text)
    assert len(art.quotes) == 2, [q.content for q in art.quotes]
    first, second = art.quotes
    # the first paragraph's quote has no closing mark: it runs to the end of its paragraph
    assert first.content == "“We will rebuild every home on this street, and we start with the school."
    assert second.content == "“The money is already in the bank, and the builders arrive on Monday.”"
    assert first.speaker == second.speaker == "Helen Marsh"


def test_unclosed_quote_does_not_lose_the_rest_of_the_article(run):
    art = run("“The budget is a disgrace and we will vote against it,” said Ruth Adler.\n"
              "Mark Benn said: “We will support it whatever happens to the party\n"
              "The vote is scheduled for Thursday.\n"
              "“We expect it to pass easily this time,” said Tom Welk, the party whip.\n"
              "Anna Fell said the count would start at noon.")
    assert [q.speaker for q in art.quotes] == ["Ruth Adler", "Mark Benn", "Tom Welk", "Anna Fell"]
    unclosed = art.quotes[1]
    assert unclosed.content.endswith("happens to the party")
    assert "\n" not in unclosed.content


# --- what is not a statement, and statements that are not direct --------------------------------

def test_scare_quote_is_not_reported_alone(run):
    art = run("The two leaders announced a “reset” in relations on Monday after the summit in Vienna.")
    assert not any(q.content.strip("“”\" ") == "reset" for q in art.quotes)
    assert all(q.kind != "direct" for q in art.quotes)


def test_a_one_word_exclamation_is_a_statement_of_its_frame(run):
    art = run("The mayor asked whether the ferry should close.\n\n“Never!” the crowd screamed back.")
    q = by_content(art, "Never")
    assert (q.kind, q.speaker) == ("direct", "the crowd")


def test_mixed_quote(run):
    art = run("Jane Roe said the plan was “a disaster for the region” and promised to fight it.")
    q = only(art, "mixed")
    assert q.content == "the plan was “a disaster for the region”"  # the promise is a report of its own
    assert q.speaker == "Jane Roe"


def test_a_quote_whose_opening_mark_the_parse_hangs_elsewhere_is_still_mixed(run):
    q = only(run("In another post, Roe called the council “a club of cowards,” on Sunday."))
    assert (q.kind, q.pieces) == ("mixed", None)
    assert q.content == "the council “a club of cowards,”"


@pytest.mark.parametrize("text, content", [
    # what a dash or a comma sets off after the quotation is left out
    ("Roe said Lind was “encouraged” by the plan — a modest boost for the council.",
     "Lind was “encouraged” by the plan"),
    ("Roe likened the levy to “robbing the harbour” - a charge the mayor denied.",  # a hyphen as a dash
     "the levy to “robbing the harbour”"),
    ("Roe said the vote had been “rigged” against her, a charge the council rejected.",
     "the vote had been “rigged” against her"),
    ("Roe said the levy “risks higher rents and a smaller harbour” - except that rents have in fact fallen since "
     "then.", "the levy “risks higher rents and a smaller harbour”"),
    ("First, Roe identified the judge as “a local,” which is what some call anyone born in the valley.",
     "the judge as “a local,”"),
    ("Roe said Lind was “encouraged” by the plan — a modest boost for the council since May, when Lind first "
     "voted against it.", "Lind was “encouraged” by the plan"),
    # so is a concession closing the sentence, comma or not, which the writer adds; a condition is
    # reported
    ("Roe said the levy “has done its job,” although rents have gone up in the old town.",
     "the levy “has done its job,”"),
    ("Roe said the levy had “done its job” even though rents have kept rising in the old town.",
     "the levy had “done its job”"),
    ("Roe said the levy would “do its job” even if rents kept rising in the old town.",
     "the levy would “do its job” even if rents kept rising in the old town"),
    ("The levy “has done its job” whereas the old tax never did, Roe said.",  # before the cue: hers
     "The levy “has done its job” whereas the old tax never did"),
    # a bare noun phrase the parse made a second object or complement comments on the report
    ("Roe says she is “losing patience with the board,” part of a long feud between the two women.",
     "she is “losing patience with the board,”"),
    ("Roe took the heckler in stride, saying the man would “not get thrown out” of the hall, a swipe at the "
     "organisers of the fair.", "the man would “not get thrown out” of the hall"),
    # a clause before a semicolon is the writer's
    ("Most of the farmers were worried about the harvest; many said they were “very worried.”",
     "they were “very worried.”"),
    # the quoted verb's subject or a fronted phrase before the quotation is part of what is reported
    ("The festival, held every summer since 1990, “brings the whole valley together,” said Jane Roe.",
     "The festival, held every summer since 1990, “brings the whole valley together,”"),
    ("In past years, “we could count on the ferry to run on time,” she said.",
     "In past years, “we could count on the ferry to run on time,”"),
    # the verb before the quotation would frame it, but what it reports begins before the mark
    ("Roe said that the plan “punishes those who feed the country.”",
     "that the plan “punishes those who feed the country.”"),
    ("Roe said in a statement that the plan “punishes those who feed the country.”",
     "that the plan “punishes those who feed the country.”"),
    # a reason the parse hangs on the cue is part of what is reported
    ("Roe wrote in a filing that the request was “futile,” because the board already holds the records.",
     "that the request was “futile,” because the board already holds the records"),
    # the subject of what is reported, which the parse took for the cue's object
    ("He also argued the harbour bridge, which is widely supported by traders, “would not stand 10 years” "
     "without the new levy.",
     "the harbour bridge, which is widely supported by traders, “would not stand 10 years” without the new levy"),
    # a clause setting the scene before the cue is the writer's, though the parse made it a complement
    ("At a briefing shortly after the council approved its budget, Roe said she was sure the levy would "
     "stay “a burden on the poor.”", "she was sure the levy would stay “a burden on the poor.”"),
    ("Although he granted the levy was one reason he felt ignored by the board, Roe also said a few “small "
     "slights” left him bitter.", "a few “small slights” left him bitter"),
    # what a verb of judgement reports ends with the quoted judgement, before where and when it was made
    ("Councillor Roe blasted the levy as a “disgrace” Wednesday on a morning radio show.",
     "the levy as a “disgrace”"),
])
def test_mixed_quote_content(run, text, content):
    q = only(run(text))
    assert (q.kind, q.content) == ("mixed", content)


@pytest.mark.parametrize("text, kind, content, cue", [
    ("Mayor Helen Marsh ended her list by saying “Never again.” The hall fell silent.",
     "direct", "“Never again.”", "saying"),
    ("Jane Roe answered the post by calling the mayor “a coward” and leaving the meeting.",
     "mixed", "the mayor “a coward”", "calling"),
])
def test_what_a_verb_of_saying_after_by_says_is_the_statement(run, text, kind, content, cue):
    q = by_content(run(text), content)
    assert (q.kind, q.content, q.cue) == (kind, content, cue)


def test_a_verb_the_parse_joins_to_a_quoted_judgement_reports_on_its_own(run):
    article = run("Roe called it “shameful” and called on the board to act.")
    assert sorted((q.kind, q.content, q.speaker) for q in article.quotes) == [
        ("indirect", "on the board to act", "Roe"), ("mixed", "it “shameful”", "Roe")]


def test_a_quotation_inside_a_relative_clause_report_is_part_of_it(run):
    art = run("“The levy is a disgrace,” said Tom Beck, who said there were “too many holes in the plan to ignore.”")
    assert [(q.kind, q.content) for q in art.quotes] == [
        ("direct", "“The levy is a disgrace,”"),
        ("mixed", "there were “too many holes in the plan to ignore.”")]


def test_the_second_of_two_relative_clauses_speaks_for_their_antecedent(run):
    art = run("The motion came from Ana Ruiz, who chairs the board and who said the pier was “beyond repair.”")
    assert by_content(art, "beyond repair").speaker == "Ana Ruiz"


def test_a_who_that_asks_names_nobody(run):
    # "asking who shouted": whoever it was, the article does not say
    art = run("Police are still asking who shouted “Leave the harbour alone!” at the mayor.")
    assert by_content(art, "Leave the harbour").speaker is None


@pytest.mark.parametrize("text, quoted", [
    ("Roe said the vote was late but added, “We will be ready.”", "“We will be ready.”"),
    ("Roe suggested Lind had a fondness for long meetings - “He would have loved the old council,” she said.",
     "“He would have loved the old council,”"),
])
def test_a_quotation_with_its_own_frame_stays_direct_inside_a_longer_report(run, text, quoted):
    assert ("direct", quoted) in [(q.kind, q.content) for q in run(text).quotes]


def test_indirect_said_that(run):
    art = run("Jane Roe said that the bridge would reopen in May.")
    q = only(art)
    assert q.kind == "indirect"
    assert "the bridge would reopen in May" in q.content and "said" not in q.content
    assert (q.speaker, q.cue) == ("Jane Roe", "said")


@pytest.mark.parametrize("text, reports", [
    ("Jane Roe said she regretted her remarks and promised to stay out of the dispute.",
     [("said", "she regretted her remarks"), ("promised", "to stay out of the dispute")]),
    # the parse joins the second "said" to the verb of the first report; its subject is Roe's
    ("Jane Roe said the levy has given the council a reason to act and said that the mayor did not speak for "
     "the “old harbour families.”",
     [("said", "the levy has given the council a reason to act"),
      ("said", "that the mayor did not speak for the “old harbour families.”")]),
])
def test_a_cue_joined_to_a_verb_of_a_report_makes_a_report_of_its_own(run, text, reports):
    art = run(text)
    assert [(q.cue, q.content) for q in art.quotes] == reports
    assert {mention(art, q) for q in art.quotes} == {"Jane Roe"}


def test_indirect_according_to(run):
    art = run("According to Jane Roe, the bridge will reopen in May after repairs.")
    q = only(art)
    assert q.kind == "indirect"
    assert q.content.startswith("the bridge will reopen in May")
    assert "According" not in q.content and "Roe" not in q.content
    assert q.speaker == "Jane Roe"
    assert q.cue.lower() == "according to"


def test_according_to_a_source_that_said_more_ends_before_the_source(run):
    # the ".”" closing what the source said after "which said" is no piece of the sentence before
    art = run("The storm reached the coast near Nukalofa with winds of 200 kilometres an hour, according to "
              "the Tavara Weather Office, which said the eye had passed “almost directly over the harbour town.”")
    q = by_content(art, "The storm reached")
    assert (q.content, q.pieces) == ("The storm reached the coast near Nukalofa with winds of 200 kilometres "
                                     "an hour", None)


def test_a_report_inside_another_is_one_of_its_own_too(run):
    # the voters said it, and a survey says they did: two statements, neither dropped for the other
    art = run("More than half of the island's voters said the ferry should run all night, according to "
              "a survey the Harbour Gazette published on Monday.")
    survey = next(q for q in art.quotes if q.cue.lower() == "according to")
    voters = next(q for q in art.quotes if q.cue == "said")
    assert survey.content.startswith("More than half of the island's voters said")
    assert voters.content.startswith("the ferry should run all night")
    assert mention(art, voters) == "More than half of the island's voters"


@pytest.mark.parametrize("text, pieces", [
    # the cue set off by commas inside or before what it reports
    ("The new ferry, Jane Roe said, will carry twice as many cars.",
     ["The new ferry", "will carry twice as many cars"]),
    ("In her first year as mayor, Jane Roe said, the town paid off its debts.",
     ["In her first year as mayor", "the town paid off its debts"]),
    # "as X observed,": the clause it hangs on
    ("As Jane Roe observed, the harbour has never been busier.", ["the harbour has never been busier"]),
])
def test_indirect_with_the_cue_as_an_aside(run, text, pieces):
    art = run(text)
    q = only(art)
    assert (q.kind, q.speaker) == ("indirect", "Jane Roe")
    got = [art.text[s:e] for s, e in q.pieces] if q.pieces else [q.content]
    assert got == pieces


def test_an_as_aside_the_parse_hung_on_a_quoted_phrase_reports_the_phrase(nlp):
    # The parse sometimes makes a quoted phrase a sentence of its own, with "as X told me" hung
    # on the phrase's noun; the phrase is what X said. The parse is built by hand so the test
    # does not depend on when the model happens to do this.
    from spacy.tokens import Doc

    from quotegraph.nlp.content import reported
    from quotegraph.nlp.paragraph import Paragraph
    words = ["“", "Quiet", "time", ",", "”", "as", "one", "editor", "told", "me", "."]
    heads = [2, 2, 2, 2, 2, 8, 7, 8, 2, 8, 2]
    deps = ["punct", "amod", "ROOT", "punct", "punct", "mark", "nummod", "nsubj", "advcl", "dobj", "punct"]
    pos = ["PUNCT", "ADJ", "NOUN", "PUNCT", "PUNCT", "SCONJ", "NUM", "NOUN", "VERB", "PRON", "PUNCT"]
    spaces = [False, True, False, False, True, True, True, True, True, False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    para = Paragraph(doc[:], 0, doc.text, 0)
    tokens, via = reported(doc[8], para)
    assert via == "aside"
    assert [t.text for t in tokens if not t.is_punct] == ["Quiet", "time"]


def _hand_parsed(nlp, rows: str):
    """A paragraph parsed by hand, one token a line: word, tag, pos, dep, head, IOB entity (the
    lemma is the word in lower case)."""
    from spacy.tokens import Doc

    from quotegraph.nlp.paragraph import Paragraph
    cols = [line.split() for line in rows.strip().splitlines()]
    doc = Doc(nlp.vocab, words=[c[0] for c in cols], tags=[c[1] for c in cols], pos=[c[2] for c in cols],
              deps=[c[3] for c in cols], heads=[int(c[4]) for c in cols], ents=[c[5] for c in cols],
              lemmas=[c[0].lower() for c in cols])
    return doc, Paragraph(doc[:], 0, doc.text, 0)


def test_a_name_the_parse_listed_after_a_roles_organisation_is_the_roles_holder(nlp):
    # "the president of the Dunmore Chamber, Ilse Vanterpool," with the name made a conjunct of
    # the organisation (built by hand: the model does this only now and then)
    from quotegraph.nlp.people import appositive_name
    doc, _ = _hand_parsed(nlp, """
        the DT DET det 1 O
        president NN NOUN nsubj 10 O
        of IN ADP prep 1 O
        the DT DET det 5 B-ORG
        Dunmore NNP PROPN compound 5 I-ORG
        Chamber NNP PROPN pobj 2 I-ORG
        , , PUNCT punct 5 O
        Ilse NNP PROPN compound 8 B-PERSON
        Vanterpool NNP PROPN conj 5 I-PERSON
        , , PUNCT punct 10 O
        said VBD VERB ROOT 10 O
        . . PUNCT punct 10 O""")
    assert appositive_name(doc[1]).text == "Ilse Vanterpool"


def test_a_relative_clause_the_parse_hung_on_a_noun_in_it_is_no_title(nlp):
    # "Halaholo, who has reared Pudding since he was rejected by his mother, arrived", with
    # "Pudding" read as an apposition of the name and the clause as its modifiers (built by hand,
    # as the model parsed a real one): no title, and nothing to read a gender from
    from quotegraph.nlp.people import title_of
    doc, _ = _hand_parsed(nlp, """
        Halaholo NNP PROPN nsubj 14 B-PERSON
        , , PUNCT punct 0 O
        who WP PRON nsubj 4 O
        has VBZ AUX aux 4 O
        reared VBN VERB amod 5 O
        Pudding NNP PROPN appos 0 O
        since IN SCONJ mark 9 O
        he PRP PRON nsubjpass 9 O
        was VBD AUX auxpass 9 O
        rejected VBN VERB advcl 5 O
        by IN ADP agent 9 O
        his PRP$ PRON poss 12 O
        mother NN NOUN pobj 10 O
        , , PUNCT punct 0 O
        arrived VBD VERB ROOT 14 O
        . . PUNCT punct 14 O""")
    assert title_of(doc[0], doc[0:1]) is None


def test_a_name_opening_the_sentence_before_an_aside_speaks_for_a_verb_left_without_subject(nlp):
    # "Presiding Judge Ngozi Hartwell, reading a summary, described ...", with "Presiding" read as
    # a verb whose object is the name (built by hand, as the model parsed a real one)
    from quotegraph.nlp.mentions import subject_of
    doc, para = _hand_parsed(nlp, """
        Presiding VBG VERB advcl 9 O
        Judge NNP PROPN compound 3 O
        Ngozi NNP PROPN compound 3 B-PERSON
        Hartwell NNP PROPN dobj 0 I-PERSON
        , , PUNCT punct 0 O
        reading VBG VERB advcl 0 O
        a DT DET det 7 O
        summary NN NOUN dobj 5 O
        , , PUNCT punct 9 O
        described VBD VERB ROOT 9 O
        the DT DET det 11 O
        evidence NN NOUN dobj 9 O
        . . PUNCT punct 9 O""")
    assert subject_of(doc[9], para).text == "Hartwell"


def test_a_clause_of_time_the_parse_made_the_complement_is_not_what_was_said(nlp):
    # "..., as Eric Lowe said before he died": "before he died" says when, not what (built by
    # hand: the parse made it the complement of "said")
    from quotegraph.nlp.content import reported
    doc, para = _hand_parsed(nlp, """
        Lowe NNP PROPN nsubj 1 B-PERSON
        said VBD VERB ROOT 1 O
        before IN SCONJ mark 4 O
        he PRP PRON nsubj 4 O
        died VBD VERB ccomp 1 O
        . . PUNCT punct 1 O""")
    tokens, _ = reported(doc[1], para)
    assert not tokens or "before" not in [t.text for t in tokens]


@pytest.mark.parametrize("text, content", [
    # what a verb other than "say" or "tell" takes as its object is what it reports
    ("The club tweeted its thanks to the volunteers.", "its thanks to the volunteers"),
    ("The union asked the court to delay the vote.", "the court to delay the vote"),
    ("Jane Roe wrote a sharp reply to the council.", "a sharp reply to the council"),
    ("Jane Roe confirmed the closure on Friday.", "the closure"),  # two words are a statement
    # a phrase on the object's own matter stays; when, where and through what it was said go
    ("Jane Roe praised the volunteers at a shelter that feeds the homeless.",
     "the volunteers at a shelter that feeds the homeless"),
    ("Jane Roe defended the levy in a tweet.", "the levy"),
    ("Jane Roe assailed the council from several angles.", "the council"),
])
def test_indirect_object_content(run, text, content):
    q = only(run(text))
    assert (q.kind, q.content) == ("indirect", content)


@pytest.mark.parametrize("text", [
    "That said, the ferry will keep its winter timetable.",
    "A harbour official, who asked not to be named, waved the ferry through.",
    "Mayor Helen Marsh addressed the crowd on Sunday.",  # whom she spoke to, not what she said
    "The novelist Ann Ode explained them to me.",  # an object that is only a pronoun
    "The club talked about it for hours.",
    "Imagine the spectacle.",  # no speaker but the object itself
    "Having said that, the council has not yet set a date.",
    "Needless to say, the harbour was full by noon.",
    "He said, she said",  # a heading: someone saying, with nothing said
])
def test_phrases_that_report_nothing(run, text):
    assert run(text).quotes == []


def test_a_set_phrase_frames_no_quotation(run):
    q = only(run("Mayor Jane Roe spoke on Monday.\n\nThat said, “the harbour will stay open all winter.”"))
    assert (q.cue, q.speaker) == (None, None)


def test_a_relative_that_said_is_no_set_phrase(run):
    q = only(run("The page was replaced on Thursday by a message that said, “Sorry, the item you "
                 "asked for is gone.”"))
    assert (q.kind, q.cue, q.speaker) == ("direct", "said", "a message")


def test_a_dateline_is_not_the_speaker(run):
    q = only(run("HALDEN BAY — Harbour master Piet Vanterpool said Tuesday that the ferry would stop in May."))
    assert (q.speaker, q.speaker_title) == ("Piet Vanterpool", "Harbour master")


@pytest.mark.parametrize("text, speaker", [
    ("The ministry said the bridge would reopen in May after repairs.", "the ministry"),
    ("The health ministry said the clinic would reopen in May.", "the health ministry"),
])
def test_organisation_speaker(run, text, speaker):
    q = only(run(text))
    assert (q.speaker, q.speaker_kind) == (speaker, "organization")


def test_organisation_speaker_when_the_head_is_tagged_propn(run):
    q = only(run("The transport ministry said the bridge would reopen in May after repairs."))
    assert (q.speaker, q.speaker_kind) == ("the transport ministry", "organization")


def test_group_speaker(run):
    art = run("Analysts said the currency would weaken further next year.")
    q = only(art)
    assert (q.speaker, q.speaker_kind) == ("Analysts", "group")


# --- who the speaker is: title, affiliation, channel ---------------------------------------------

def test_title_from_pre_modifier(run):
    art = run("Foreign Minister Jane Roe said the talks would resume next week in Geneva.")
    q = only(art)
    assert (q.speaker, q.speaker_title) == ("Jane Roe", "Foreign Minister")


@pytest.mark.parametrize("text, speaker, title", [
    # whose officer a person is stays in the title
    ("“We will build it,” said Halvorsen Shipping’s chief executive Marta Lind.",
     "Marta Lind", "Halvorsen Shipping’s chief executive"),
    ("The Kremlin’s spokesman Dmitry Orlov said the talks would go on.", "Dmitry Orlov", "Kremlin’s spokesman"),
    # "of" an organisation
    ("“Nobody expected this,” says Lars Holm of the Oslo Port Authority.", "Lars Holm", "Oslo Port Authority"),
])
def test_affiliation_around_the_name(run, text, speaker, title):
    q = only(run(text))
    assert (q.speaker, q.speaker_title) == (speaker, title)


def test_affiliation_from_apposition(run):
    art = run("Jane Roe, head of the space agency, said the satellite would launch in October.")
    q = only(art)
    assert (q.speaker, q.speaker_title) == ("Jane Roe", "head of the space agency")


@pytest.mark.parametrize("text, speaker, title", [
    # a name in apposition to a role is a person, whatever the NER calls it
    ("The Transport Minister, Helena Varga, confirmed that fares would rise in March.",
     "Helena Varga", "Transport Minister"),
    ("The watchdog published its figures. Its chair, Niamh Rourke, wrote that fares had doubled.",
     "Niamh Rourke", "chair"),
    ("“We will not stop the ferry,” Mr Brandvold said on Monday.", "Brandvold", None),
    ("The clinic's director, Dr. Ann Okafor, thanked the board.\n\n“Today we can plan,” Okafor said.",
     "Ann Okafor", "clinic's director"),  # a role before a bare "Dr."
    ("According to the Passenger Forum, fares have risen twice as fast as wages.", "the Passenger Forum", None),
    # the role's whole phrase, up to the name; a hyphenated given name whole
    ("The council's head of transport, Ngozi Eze, told councillors that work would begin in April.",
     "Ngozi Eze", "council's head of transport"),
    ("The firm's spokeswoman, Anne-Sofie Lund, said no job cuts were planned.", "Anne-Sofie Lund",
     "firm's spokeswoman"),
    # what a transcript's speaker says is not their title
    ("Joe Hunt, 52, is a charge nurse on the ward.\n\nHunt: “The hunger. Nobody warns you about the hunger.”",
     "Joe Hunt", None),
])
def test_titles_are_roles_not_names_or_courtesies(run, text, speaker, title):
    q = [q for q in run(text).quotes if q.speaker is not None][-1]
    assert (q.speaker, q.speaker_title) == (speaker, title)


@pytest.mark.parametrize("text, speaker", [
    # the whole title, among people with a shorter one
    ("The plan was championed by Deputy Mayor Grace Church, who said delay was costly.\n\n"
     "Mayor Tom Brenner opened the meeting.\n\n“We have listened,” the deputy mayor said.", "Grace Church"),
    # a post-nominal is not the surname
    ("Prosecutor Alistair Baker KC told the jury the fraud was deliberate.\n\n"
     "“This was not a mistake,” Baker said.", "Alistair Baker"),
    # an institution by the word its name is headed by
    ("Nurses at St Aldric's were interviewed by the Royal College of Nursing for a report.\n\n"
     "“Goodwill keeps the night shift running,” the college said.", "Royal College of Nursing"),
    # a business by the words of its description, even one the NER took for a person
    ("Harwick Lane Productions denied that it had settled with the label.\n\n"
     "“No agreement was ever signed,” the production company said.", "Harwick Lane Productions"),
    ("The report was carried by the Norland News Agency on Monday.\n\n"
     "“Two crew members are missing,” the news agency said.", "Norland News Agency"),
])
def test_a_later_mention_by_title_suffix_or_organisation(run, text, speaker):
    assert run(text).quotes[-1].speaker == speaker


def test_it_stands_for_an_organisation_never_for_many_people(run):
    article = run("“We cannot live on this quota,” the fishermen said.\n\n"
                  "The ministry did not budge. “The quota stays,” it said in a statement.\n\n"
                  "“It protects the stock for everyone,” the ministry said. “We will not reopen it,” it added.")
    first, second, *rest = [q.speaker for q in article.quotes]
    assert (first, rest) == ("the fishermen", ["the ministry", "the ministry"])
    assert second != "the fishermen"  # "it" looks back to an organisation that spoke, or to no one


def test_given_names_from_many_languages_say_a_gender(run):
    art = run("Mayra Toral met Dimitri Vasko at the depot on Monday.\n\n"
              "Vasko said the trains would run on time. \"We will see about that,\" she said.")
    assert by_content(art, "We will see").speaker == "Mayra Toral"


def test_singular_they_is_the_person_just_quoted_whom_the_article_gives_no_gender(run):
    art = run("Demand for the late ferry rose, according to the company.\n\n"
              "Rin Aldaco, a spokesperson for the ferry line, confirmed that the company would add a boat. "
              "“We expect the new timetable to start in May,” they said in an email.")
    assert art.quotes[-1].speaker == "Rin Aldaco"
    # plural they stays with the group
    art = run("Two harbour pilots, Rin Aldaco and Tomas Brekke, said the channel was too shallow. "
              "“We cannot bring the big ships in,” they said.")
    assert [q.speaker for q in art.quotes] == ["Two harbour pilots"] * 2


def test_a_statement_speaks_for_whoever_issued_it_through_the_statement(run):
    art = run("The ministry said in a statement that the talks had failed.\n\n"
              "“We regret the decision of our neighbours,” the statement said.")
    assert [(q.speaker, q.channel) for q in art.quotes] == [("the ministry", "statement")] * 2


@pytest.mark.parametrize("issuer, speaker", [
    ("Harbour councillor Mia Strand", "Mia Strand"),
    ("The Vastby Ferry Company", "the Vastby Ferry Company"),
])
def test_a_statement_speaks_for_whoever_issued_it(run, issuer, speaker):
    art = run(f"{issuer} issued a statement on Monday about the strike.\n\n"
              "“No sailings will be cancelled this week,” the statement read.")
    q = by_content(art, "No sailings")
    assert (q.speaker, q.channel) == (speaker, "statement")


@pytest.mark.parametrize("text, words, speaker", [
    # a written opinion, a report, an affidavit: whoever the article says wrote it
    ("Much of the debate centred on a written opinion by City Attorney Howard Benning, released last week.\n\n"
     "The opinion also cautioned that the provisions \"must be specific and enforceable\".", "enforceable",
     "Howard Benning"),
    ("The charge is explained in an affidavit written by Marc Bujnowski, a detective with the city police.\n\n"
     "The affidavit cited interviews with two witnesses.", "two witnesses", "Marc Bujnowski"),
    # one that names its own source is that source's, not the last poll's
    ("A Quinnipiac poll released on Monday put Roe ahead.\n\nThe Monmouth poll found that the race had "
     "tightened.", "tightened", "the Monmouth poll"),
    ("A second statement, written by the boy's father, Martin Ferrand, was read by his sister.\n\n"
     "“I coached his football team for eight years,” the statement said.", "football team", "Martin Ferrand"),
    # the email is the last one sent, though its sender is named only as the subject of "sent out"
    ("A fundraising email sent out by Sanders on Tuesday warned of the fight ahead.\n\n"
     "Clinton's campaign sent out an email fundraising appeal on Wednesday.\n\n"
     "“We need to make sure Hillary comes out on top,” the email said.", "comes out on top", "Clinton's campaign"),
])
def test_a_document_speaks_for_its_author(run, text, words, speaker):
    assert by_content(run(text), words).speaker == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # the one daughter the article named in apposition
    ("Speaking outside the court, Mrs Ansell's daughter, Claire Ansell-Moore, thanked the jury.\n\n"
     "Mrs Ansell taught English for thirty years. Her daughter said former pupils had left more than "
     "200 tributes.", "200 tributes", "Claire Ansell-Moore"),
    # "Col" without its stop is a given name, not the rank before "Meagher"
    ("Tania Meagher sat with her husband, Col, at the showgrounds.\n\n\"We had the pump and the "
     "hoses,\" Col Meagher said.", "the pump", "Col Meagher"),
    # "the regulator" is no person for "she" to mean
    ("\"It was a design choice,\" Data Protection Commissioner Annelise Vrang told reporters.\n\n"
     "In addition to the fine, the regulator has ordered Chirpline to delete the data.\n\n"
     "\"We are not making an example of anyone,\" she said.", "an example", "Annelise Vrang"),
    # a given name the NER left out of a one-word person
    ("The spokesman of the Green-Social Alliance, Rüdiger Hahnemann, spoke next.\n\n"
     "“The minister has watched for months,” Hahnemann said.", "watched for months", "Rüdiger Hahnemann"),
])
def test_who_the_article_means(run, text, words, speaker):
    assert by_content(run(text), words).speaker == speaker


def test_the_company_described_earlier_is_not_one_named_since(run):
    art = run("Vantor Productions, the company that stages the awards, said it had no deal with the label.\n\n"
              "The singer accused Harrow Lane Records of blocking her performance.\n\n"
              "The company denied the allegations, saying it had \"never blocked anyone\".")
    assert by_content(art, "never blocked").speaker != "Vantor Productions"


@pytest.mark.parametrize("text, speaker", [
    # the whole role before a name, not its first word
    ("Chief Constable Harriet Boyce told a briefing that a fourth person had died.\n\nThe chief constable "
     "said the line would stay closed \"for several days at the very least.\"", "Harriet Boyce"),
    # "Dr" without its stop is no title: the apposition is
    ("Dr Samir Qureshi, an ecologist at Northmoor University, has studied peat for decades.\n\n"
     "The ecologist said the modelling looked \"plausible but untested at this scale.\"", "Samir Qureshi"),
    # a press secretary is the spokesman
    ("The mayor's press secretary, Tunde Bamgbose, spoke to reporters.\n\n\"The mayor holds the senator in "
     "high esteem,\" the spokesman said.", "Tunde Bamgbose"),
])
def test_the_role_resolves_to_its_holder(run, text, speaker):
    assert [q.speaker for q in run(text).quotes][-1] == speaker


def test_a_role_set_off_before_a_name_the_parse_lost_is_its_title(run):
    art = run("The session opened with a briefing from the special envoy for the Tarsk region, Helene "
              "Marchbanks-Oduya, before moving on.\n\nThe envoy said conditions were \"extremely fragile\".")
    q = by_content(art, "fragile")
    assert (q.speaker, q.speaker_title) == ("Helene Marchbanks-Oduya", "special envoy for the Tarsk region")


def test_a_role_said_by_a_verb_is_a_title(run):
    art = run("Gerald Antrobus, who chairs the committee, closed the hearing.\n\n"
              "“This committee is not in the business of scapegoating,” the chair said.")
    assert (only(art).speaker, only(art).speaker_title) == ("Gerald Antrobus", "chair of the committee")


def test_title_is_carried_to_later_mentions(run):
    art = run("Jane Roe, head of the space agency, visited the launch site on Monday.\n"
              "“The satellite will launch in October,” Roe said.")
    q = by_content(art, "satellite")
    assert (q.speaker, q.speaker_title) == ("Jane Roe", "head of the space agency")


def test_according_to_in_another_sentence_is_no_channel(run):
    art = run("Gail Thornbury argued that the county could not afford it. According to Thornbury, the "
              "gap will be close to $3 million.")
    q = by_content(art, "could not afford")
    assert (q.speaker, q.channel) == ("Gail Thornbury", None)


@pytest.mark.parametrize("text, words, speaker, cited", [
    ("“The bridge will close in May,” Ivo Brandt said, according to the Harwick Ledger.", "close in May",
     "Ivo Brandt", "the Harwick Ledger"),
    ("According to court filings, the operator told the board that the ferries were unsafe.", "ferries",
     "the operator", "court filings"),
    ("Police said they had no plans to release the recordings, according to lawyers for the family.",
     "recordings", "Police", "lawyers for the family"),
    ("“The pier needs repairs,” Ivo Brandt said, the Harwick Ledger reported.", "pier", "Ivo Brandt",
     "the Harwick Ledger"),
    # inside what is reported, the report is the speaker's own source
    ("Ivo Brandt said that, according to its own count, the union had 400 members.", "400 members",
     "Ivo Brandt", None),
    ("Brandt said the gap, which stood at 263 seats, according to the council, would close.", "gap",
     "Brandt", None),
])
def test_the_report_cited_for_a_statement(run, text, words, speaker, cited):
    art = run(text)
    q = next(q for q in art.quotes if words in q.content and q.speaker == speaker)
    assert q.reported_by == cited
    if cited:
        assert art.text[q.reported_by_start:q.reported_by_end] == cited


def test_a_cited_statement_is_reported_once_and_continues_past_the_citation(run):
    art = run("Police said they had no plans to release the recordings, according to lawyers for the family.")
    assert [(q.content, q.speaker) for q in art.quotes] == [
        ("they had no plans to release the recordings", "Police")]
    art = run("“The pier will hold,” Ivo Brandt said, according to the Ledger. “We checked it twice.”")
    q = only(art)
    assert (q.speaker, q.reported_by, len(q.pieces)) == ("Ivo Brandt", "the Ledger", 2)


def test_a_later_statement_keeps_its_channel_to_itself(run):
    art = run("According to the ministry, the route will cost 3 million kronor a year. Opposition "
              "spokesperson Dag Ovesen wrote on Facebook that the money should never have been in doubt.")
    assert by_content(art, "3 million").channel is None
    assert by_content(art, "never have been").channel == "Facebook"


def test_a_ledes_report_after_a_dateline_is_found(run):
    # with the dateline parsed, the parse hung the clause on the place's name and lost it
    q = only(run("ASHFORD — Every ballot cast in last week’s mayoral election in Ashford will be counted again by "
                 "hand, the county elections office announced on Wednesday, after the final machine tally put the "
                 "challenger ahead by just 37 votes."))
    assert q.content.startswith("Every ballot cast") and q.content.endswith("by hand")
    assert q.speaker == "the county elections office"


def test_a_wire_dateline_is_not_what_was_said(run):
    q = only(run("PORT ALDER (Wire) — The operator will close the north quay in May, the harbour master said."))
    assert q.content == "The operator will close the north quay in May"


def test_an_unnamed_source_keeps_its_description(run):
    q = only(run("A person familiar with the talks, who asked not to be named, said the deal was close."))
    assert q.speaker == "a person familiar with the talks"


@pytest.mark.parametrize("source", ["One fan, who gave his name only as Ruairi,",
                                    "A retired teacher who gave only his first name, Ruairi,",
                                    "A fan, identified only as Ruairi,"])
def test_a_source_who_gave_only_a_first_name_is_that_name(run, source):
    art = run(f"The stand was full an hour before kick-off.\n\n{source} said he had followed the club for "
              f"forty years. “I have never seen anything like this,” he said.")
    assert [q.speaker for q in art.quotes] == ["Ruairi", "Ruairi"]


def test_a_verb_sharing_the_speakers_subject_that_quotes_them_is_part_of_what_they_said(run):
    q = only(run("In a written response, Harrow Media Group said it had “no part whatsoever in the decision” and "
                 "was “surprised and saddened” by what it called rumours."))
    assert q.speaker == "Harrow Media Group" and q.content.endswith("was “surprised and saddened” by what it "
                                                                    "called rumours")


def test_a_role_the_parse_read_as_a_verb_before_a_name_leaves_the_name_the_subject(run):
    # "curator" tagged a verb with "Tobias Engelbrecht" its object: he is who fears, and "he" after
    art = run("One guard, who asked not to be named, said the patrol was stretched thin. \"We were twenty minutes "
              "away,\" he said.\n\nThe chalice's fame makes it almost impossible to sell openly, and curator Tobias "
              "Engelbrecht fears a worse fate. Thieves, he said, were more likely to melt it down for the metal.")
    assert by_content(art, "melt it down").speaker == "Tobias Engelbrecht"


def test_the_first_part_of_a_hyphenated_surname_is_no_title(run):
    # the NER took only "Dufour" of "Marchal-Dufour" in the second paragraph
    q = only(run("President Étienne Marchal-Dufour on Tuesday pardoned a former minister, a decision that drew "
                 "immediate condemnation.\n\nMarchal-Dufour, who is expected to address the nation on Friday, said "
                 "the pardon was \"an act of mercy.\""))
    assert (q.speaker, q.speaker_title) == ("Étienne Marchal-Dufour", "President")


@pytest.mark.parametrize("written, name", [
    ("Comptroller General Esteban Quiroga Lima", "Esteban Quiroga Lima"),
    ("Inspector General Tom Lee", "Tom Lee"),
    ("Ombudsman Ruth Adebayo", "Ruth Adebayo"),
    ("headteacher Oluwaseun Adeyemi-Clarke", "Oluwaseun Adeyemi-Clarke"),
    ("de Gaulle", "de Gaulle"),  # a particle stays
    ("Juan Manriquez of", "Juan Manriquez"),  # an entity cut short after a small word
    ("Al From", "Al From"),
])
def test_a_role_the_ner_took_into_a_name_is_left_out(written, name):
    from quotegraph.nlp.people import clean_name
    assert clean_name(written) == name


def test_a_title_case_headlines_words_are_no_holder_of_a_title(run):
    # "Mayor Vows Not" is no second mayor beside the one the story names
    art = run("Ransomware Attack Cripples Carrow Bay City Hall; Mayor Vows Not to Pay\n\n"
              "Mayor Delphine Okonkwo-Hart said the city would not pay the attackers.\n\n"
              "The city's IT director, Marcus Lindqvist, said backups from March were intact.\n\n"
              "Later in the day, the mayor told Bay Community Radio that she had asked the governor's office for "
              "emergency funds.")
    assert by_content(art, "emergency funds").speaker == "Delphine Okonkwo-Hart"


def test_a_name_after_a_lower_case_role_is_a_persons_whatever_the_ner_said(run):
    # the NER calls "Oluwaseun Adeyemi-Clarke" an organisation, and "Oluwaseun" is in no list
    q = only(run("Inside the school, headteacher Oluwaseun Adeyemi-Clarke said staff morale was \"lower than I "
                 "have ever known it.\""))
    assert (q.speaker, q.speaker_kind) == ("Oluwaseun Adeyemi-Clarke", "person")


def test_someone_described_and_named_in_apposition_is_the_name_a_pronoun_after_means(run):
    art = run("One mother, Aisha Rahman, said the strike was fair.\n\nAnother parent, Callum Fairweather, was less "
              "sympathetic. \"My wages haven't gone up either,\" he said.")
    assert by_content(art, "My wages").speaker == "Callum Fairweather"


def test_a_hyphenated_role_holds_the_name_in_apposition_and_is_its_title(run):
    # "general" of "director-general" is tagged an adjective
    art = run("The Coastal Heritage Board said in a statement that the site would be placed under \"permanent naval "
              "surveillance.\" Its director-general, Kostas Mavridis, said the measures were not excessive. \"We have "
              "had looters on this coast before, and they were very well equipped,\" the director-general said.")
    assert [q.speaker for q in art.quotes[1:]] == ["Kostas Mavridis", "Kostas Mavridis"]


def test_the_role_of_someone_just_heard_is_them_though_a_named_holder_comes_later(run):
    art = run("The recount began on Monday.\n\nObservers from both campaigns watched every table.\n\nThe count "
              "was slowed by two precincts.\n\n"
              "A poll worker who asked not to be identified said the trays had arrived unsealed because of a "
              "supplier's mistake. “It was sloppy, not sinister,” the worker said.\n\nFarida Haidari, a retired "
              "postal worker, had come to watch. “I don't mind who wins,” Haidari said.")
    assert by_content(art, "sloppy").speaker == "a poll worker"


def test_one_of_a_group_described_as_a_subject_is_who_he_after_is(run):
    art = run("Its director of operations, Kwabena Asante-Mensah, said the outfalls had been cleared in the autumn."
              "\n\nOne of the engineers on site, who asked not to be named because he was not authorised to speak "
              "to the press, was more cautious. “The clay in that section is tired,” he said.")
    assert by_content(art, "The clay").speaker.startswith("one of the engineers")


def test_a_quotation_after_a_new_paragraphs_subject_is_theirs_not_a_continuation(run):
    art = run("Priya Raman, a pharmacist, said she had started looking at car-sharing. Her son, Arjun, shrugged: "
              "“She’s been going on about it all morning.”\n\nFurther down the carriage, Kwame Mensah, who works "
              "night shifts, was less surprised than most. “They do this every year and every year they say it’s "
              "the last time.")
    assert by_content(art, "every year").speaker == "Kwame Mensah"


def test_channel_told_reporters(run):
    q = only(run("“The talks were productive,” Jane Roe told reporters on Monday."))
    assert (q.speaker, q.channel) == ("Jane Roe", "reporters")


def test_channel_wrote_on_telegram(run):
    q = only(run("“The sanctions will backfire on their authors,” Jane Roe wrote on Telegram."))
    assert (q.speaker, q.channel, q.cue) == ("Jane Roe", "Telegram", "wrote")


def test_channel_wrote_on_x_at_a_sentence_end(run):
    art = run("“This is a sad night,” its secretary, Tomas Ek, wrote on X. “The council chose to save pennies.”")
    assert {q.channel for q in art.quotes} == {"X"}


@pytest.mark.parametrize("text, speaker, channel", [
    # a statement or report from someone is theirs, by statement or report
    ("A statement from the city's water board said the pipes would be replaced by June.",
     "the city's water board", "statement"),
    ("According to a statement from the city's water board, the pipes will be replaced by June.",
     "the city's water board", "statement"),
    ("A report by the national audit office found that hospitals had understated their lists.",
     "the national audit office", "report"),
    # an outlet named before its noun, or parsed as a second object
    ("Speaking to the LETA agency, Janis Ozols said that a compromise was possible.", "Janis Ozols", "LETA"),
    ("Berge later told the business daily Finansposten that the last offer remained on the table.",
     "Berge", "Finansposten"),
    # the parse takes the that-clause after a call for a relative clause of "call"
    ("Maja Lindgren said on a conference call that the company would raise prices in the spring.",
     "Maja Lindgren", "conference call"),
    # ... and hangs it on the one told
    ("Ngozi Eze told councillors that work would begin in April.", "Ngozi Eze", "councillors"),
    # who was spoken to, in a clause before the cue
    ("Speaking to reporters after the vote, Janis Ozols said that a compromise was possible.",
     "Janis Ozols", "reporters"),
    ("Speaking to Radio Halden after the match, Tomas Varga said the goal belonged to the whole team.",
     "Tomas Varga", "Radio Halden"),
])
def test_speaker_and_channel_of_documents_and_outlets(run, text, speaker, channel):
    q = only(run(text))
    assert (q.speaker, q.channel) == (speaker, channel)


def test_channel_the_platform_of_a_post_and_the_own_sentence_first(run):
    art = run("Health Minister Sofie Lund called the findings “deeply troubling” in a post on Instagram. "
              "Later, appearing on the evening news programme Dagsrevyen, she promised an independent review.")
    assert by_content(art, "deeply troubling").channel == "Instagram"
    assert by_content(art, "independent review").channel == "Dagsrevyen"


def test_channel_told_a_named_outlet(run):
    q = only(run("“The talks were productive,” Jane Roe told the Harbor Herald on Monday."))
    assert q.channel is not None and "Harbor Herald" in q.channel


def test_a_name_the_words_before_call_a_group_is_an_organisations(run):
    art = run("The supporters' group Torcida Azul, which had backed Vilar publicly, called the result \"the end of "
              "closed doors\" in a statement. \"We will be in the stands demanding results,\" the group said.")
    assert [(q.speaker, q.speaker_kind) for q in art.quotes] == [("Torcida Azul", "organization")] * 2


def test_a_radio_station_told_is_no_person_a_pronoun_may_mean(run):
    art = run("Kelsby Athletic dismissed manager Ivo Marsh on Sunday.\n\n\"This was the hardest call I have "
              "made,\" chairman Omar Haddad told Radio Kelsby.\n\nMarsh, 51, arrived in 2021. But injuries left "
              "the squad short, and Kelsby won only two of their last nineteen games.\n\nSpeaking after "
              "Saturday's match, he had been defiant. \"I am not a quitter,\" he said.")
    assert by_content(art, "quitter").speaker == "Ivo Marsh"
    assert by_content(art, "hardest call").channel == "Radio Kelsby"


def test_channel_keeps_its_possessive(run):
    q = only(run("“He trains harder than anyone,” Ilse Marten told the club's television channel."))
    assert q.channel == "club's television channel"


def test_channel_told_the_daily_bugle(run):
    q = only(run("“The talks were productive,” Jane Roe told the Daily Bugle."))
    assert q.channel is not None and "Daily Bugle" in q.channel


def test_channel_in_an_interview_with_a_named_outlet(run):
    q = only(run("“The talks were productive,” Jane Roe said in an interview with the Harbor Herald."))
    assert q.channel is not None and "Harbor Herald" in q.channel


def test_channel_in_an_interview_with_the_one_word_outlet(run):
    q = only(run("“We are here to build,” Marta Solberg said in an interview with the Courier."))
    assert q.channel == "Courier" or q.channel == "the Courier"


def test_channel_news_agency(run):
    q = only(run("“The talks were productive,” Jane Roe told news agency Ria Tass."))
    assert q.channel == "Ria Tass"


@pytest.mark.parametrize("text, channel", [
    ("The ministry said in a statement that the bridge would open in May.", "statement"),
    ("“No money has been lost,” Sigrid Aasen said at a news conference on Thursday.", "news conference"),
    ("“These groups go for the smaller banks,” Tom Brevik said in an interview.", "interview"),
    ("Roe wrote in a blog post on Monday that the plan had failed.", "blog post"),
    ("Roe said in an Oct. 26 letter that the plan had failed.", "letter"),
])
def test_channel_is_the_setting_when_no_outlet_is_named(run, text, channel):
    assert only(run(text)).channel == channel


def test_no_channel_when_none_is_given(run):
    q = only(run("“The talks were productive,” Jane Roe said."))
    assert q.channel is None


def test_the_person_told_is_no_channel(run):
    q = only(run("“You broke the trust of this town,” Judge Ada Lenk told him."))
    assert (q.speaker, q.channel) == ("Ada Lenk", None)


# --- blocks that yield nothing, mentions, unattributable quotes, transcripts ---------------------

CLAIM = "The minister said the new bridge would open in the spring."


def test_a_caption_ending_in_its_credit_yields_no_quotes(run):
    art = run("Ferry reopens\n\nResidents cheer as the first ferry docks on Friday. Photo: Maja Lind / "
              "Coastal Press\n\n" + CLAIM)
    assert [b.kind for b in art.blocks] == ["heading", "caption", "body"]
    assert [q.content for q in art.quotes] == ["the new bridge would open in the spring"]


def test_a_claim_in_body_text_is_a_quote(run):
    # the control for the caption test below: the same line as body text does yield a quote
    art = run(CLAIM + "\nThe council met on Monday.")
    assert len(art.quotes) == 1


@pytest.mark.parametrize("credit", ["Ines Haldor | Reuters | Getty Images", "(AP Photo/Ines Haldor)"])
def test_captions_and_credits_yield_no_quotes(run, credit):
    art = run(CLAIM + "\n" + credit + "\nThe council met on Monday.")
    assert [b.kind for b in art.blocks] == ["caption", "credit", "body"]
    assert art.quotes == []


def test_position_marker_caption_yields_no_quotes(run):
    art = run("Jane Roe (left) says the new bridge will open in the spring.\n"
              "“The council met on Monday and agreed to the plan,” Tom Welk said.")
    assert [b.kind for b in art.blocks] == ["caption", "body"]
    caption = art.blocks[0]
    assert [q.speaker for q in art.quotes] == ["Tom Welk"]
    assert all(not (caption.start <= q.start < caption.end) for q in art.quotes)


def test_mentions_inside_quotes(run):
    art = run("Angela Brandt, the foreign minister, arrived in Rome on Monday.\n"
              "“Germany and France will sign the treaty once Ms. Brandt arrives,” Jane Roe said.")
    q = by_content(art, "treaty")
    assert "Germany" in q.mentions and "France" in q.mentions
    assert "Angela Brandt" in q.mentions  # people by their full name
    assert "Jane Roe" not in q.mentions  # the speaker is outside the quote
    assert "Rome" not in q.mentions  # so is the narrative


def test_mentions_surname_mislabelled_by_the_ner_gets_the_full_name(run):
    art = run("Angela Brandt, the foreign minister, arrived in Rome on Monday.\n"
              "“Germany and France will sign the treaty, and Brandt will be there,” Jane Roe said.")
    q = by_content(art, "treaty")
    assert "Angela Brandt" in q.mentions and "Brandt" not in q.mentions


def test_quote_with_no_findable_speaker(run):
    art = run("The river rose overnight.\n"
              "“Nobody expected the water to come so fast, and nobody was ready for it at all.”")
    q = only(art)
    assert q.speaker is None and q.speaker_start is None
    assert q.confidence < 0.5


TRANSCRIPT = ("Jane Roe spoke to the programme on Sunday.\n"
              "ROE: We will rebuild the bridge before winter.\n"
              "HOST: And what about the budget for the repairs?")


def test_transcript_turns(run):
    art = run(TRANSCRIPT)
    assert [q.kind for q in art.quotes] == ["direct", "direct"]
    assert [q.content.strip() for q in art.quotes] == [
        "We will rebuild the bridge before winter.", "And what about the budget for the repairs?"]
    assert [mention(art, q) for q in art.quotes] == ["ROE", "HOST"]
    assert art.quotes[0].speaker in ("ROE", "Jane Roe")


def test_interview_turns_labelled_with_a_surname(run):
    art = run("Ingeborg Tveit designed the harbour bridge.\n\nWhy cables?\n\n"
              "Tveit: The harbour is deep and the ships are tall.\n\nWere the objections fair?\n\n"
              "Tveit: Some were, and we moved the north tower because of them.")
    assert [(q.speaker, q.content[:10]) for q in art.quotes] == [
        ("Ingeborg Tveit", "The harbou"), ("Ingeborg Tveit", "Some were,")]


def test_the_answers_of_an_interview_are_the_interviewees(run):
    art = run("Noor Abadi, the founder of Tallyfern, builds soil sensors.\n\n\"Farmers hate dashboards,\" Abadi "
              "said.\n\nFive questions for Noor Abadi\n\nQ: What was your worst decision?\n\nA: Hiring too fast. We went from nine people to thirty."
              "\n\nQ: Who do you call when something goes wrong?\n\nA: Felix first, then my mother. Felix tells me "
              "whether it is really broken.\n\nQ: Do you miss the farm?\n\nA: Every single day of the year.")
    assert [(q.speaker, q.content[:10]) for q in art.quotes if q.content.startswith(("Hiring", "Felix", "Every"))] == [
        ("Noor Abadi", "Hiring too"), ("Noor Abadi", "Felix firs"), ("Noor Abadi", "Every sing")]


@pytest.mark.parametrize("text", [
    "Update: The council met again on Monday.\n\nUpdate: The council will meet again in May.",
    "A: One answer alone is no interview at all, whatever its label says.",
    "Clinton: 2,316.\n\nSanders: 1,547.\n\nClinton: 547.\n\nSanders: 46.",
    "Tveit: The harbour is deep and the ships are tall.",
    "Anna Holm reviews games.\n\nNew Release: Nintendo Switch Lite in two new colours for $199.\n\n"
    "New Release: The last chance to buy both games with a free gift card.",
    "OSLO: Nearly 150 ferry workers went on strike on Wednesday over pay.",   # a dateline
    "The strike ended on Friday.\n\nSOURCE: News agencies and the port authority",
    "The port reopened.\n\nREAD MORE: Why the ferry workers walked out in May",
    "DEAR ABBY: My sister borrowed my car and never brought it back.\n\n"  # letters, not turns
    "DEAR ABBY: Our neighbour plays loud music at night on weekdays.",
])
def test_not_every_capitalised_label_is_a_speaker(run, text):
    assert [q for q in run(text).quotes if q.kind == "direct"] == []


def test_transcript_turn_content_starts_at_the_first_word(run):
    art = run(TRANSCRIPT)
    assert [q.content for q in art.quotes] == [
        "We will rebuild the bridge before winter.", "And what about the budget for the repairs?"]


# --- the bundled, invented sample article ---------------------------------------------------------

def test_sample_article_direct_quote_speakers(run):
    text = resources.files("quotegraph").joinpath("examples/sample_article.txt").read_text("utf-8")
    art = run(text)
    direct = [q for q in art.quotes if q.kind == "direct"]
    # one speaker per quoted segment: “A,” she wrote. “B.” is one quote in two pieces
    assert [q.speaker for q in direct for _ in (q.pieces or [q])] == [
        "Tomas Rheinvald", "Tomas Rheinvald", "Lena Oskarsdottir", "Lena Oskarsdottir",
        "Freya Lindqvist", "Freya Lindqvist", "Piet Vanterpool", "Marta Solberg", "Marta Solberg"]
    assert {q.speaker_title for q in direct} >= {"council member", "chief executive", "Harbour master"}
    by_title = next(q for q in direct if q.speaker == "Piet Vanterpool")
    assert art.text[by_title.speaker_start:by_title.speaker_end] == "the harbour master"
    body = [(b.start, b.end) for b in art.blocks if b.kind in ("body", "heading")]
    assert all(any(s <= q.start < e for s, e in body) for q in art.quotes)


def test_public_api_docstring_examples_hold(nlp):
    import doctest

    from quotegraph import extraction

    for module in (quotegraph, extraction):
        result = doctest.testmod(module)
        assert result.attempted and not result.failed, module.__name__


@pytest.mark.parametrize("text, speaker", [
    # "the N-year-old" is the person given that age, else the person last spoken of
    ("Piet Vandermolen, 61, took charge of the club on Monday.\n\nMarta Quist, 34, joins him.\n\n"
     "“I have waited a long time for this,” the 61-year-old said.", "Piet Vandermolen"),
    ("Piet Vandermolen has agreed to coach the club until 2028.\n\n"
     "The 61-year-old said after the signing: “I have waited a long time for this.”", "Piet Vandermolen"),
    # a hyphenated modifier before the name is not part of the name
    ("Tessa Quarrington reached the final.\n\n“I played my best tennis,” the top-seeded Quarrington said.",
     "Tessa Quarrington"),
    # a generational suffix does not hide the surname
    ("Luis Ortega Jr., the county attorney, filed the motion.\n\n“The evidence is clear,” Ortega said.",
     "Luis Ortega Jr."),
    # a name the NER took for an organisation is a person's when its bearer speaks as "I"
    ("Argentina won, with Marek Szwarcberg defeating Tom Hale 6-2, 6-3.\n\n"
     "“I served well today,” the 14th-ranked Szwarcberg said.", "Marek Szwarcberg"),
    # a surname that is also an English word, whatever the tagger made of it
    ("Chris Early, a vice president at the studio, spoke first.\n\n\"Streaming is somewhat binary,\" says "
     "Early. \"You are either in a place with good bandwidth or you are not.\"", "Chris Early"),
    # a short form of the first name is the same person, not two people sharing a surname
    ("Kathleen Dorsey runs the lab.\n\nKath Dorsey, as colleagues call her, built it.\n\n"
     "“We measure everything twice,” Dorsey said.", "Kathleen Dorsey"),
])
def test_descriptions_and_surnames_get_the_full_name(run, text, speaker):
    q = [q for q in run(text).quotes if q.kind == "direct"][-1]
    assert q.speaker == speaker


def test_a_colon_after_a_description_of_the_speaker(run):
    art = run("The ferry's captain was more cautious: “One good winter does not make the route safe.”")
    assert only(art).speaker == "the ferry's captain"


def test_a_question_put_to_someone_is_not_theirs(run):
    art = run("Asked on Wednesday whether the fund would be extended, Agriculture Minister Rolf Tangen "
              "said only that no decision had been made.")
    question, answer = by_content(art, "fund would be extended"), by_content(art, "no decision")
    assert (question.speaker, question.speaker_start, answer.speaker) == (None, None, "Rolf Tangen")
    asked_by = run("Asked by reporters whether the fund would be extended, Tangen said no decision had been made.")
    assert by_content(asked_by, "fund would be extended").speaker == "reporters"


def test_a_continuation_joins_the_quote_it_continues_not_the_question_after_it(run):
    art = run("Mark Olsen runs the yard.\n\n\"Anybody can change,\" he said when asked about the plan. "
              "\"But I see no evidence of it.\"")
    quote, question = only(art, "direct"), only(art, "indirect")
    assert (quote.speaker, len(quote.pieces), question.content, question.speaker) == (
        "Mark Olsen", 2, "about the plan", None)


def test_the_teenager_is_the_one_given_a_teenage_age(run):
    art = run("Maria Lindqvist, 48, picked the side.\n\nSubstitute Oskar Nyberg, 19, scored the equaliser.\n\n"
              "Lindqvist praised the bench.\n\n“I have dreamed about that since I was six,” the teenager said.")
    assert by_content(art, "dreamed").speaker == "Oskar Nyberg"


def test_he_may_be_the_person_whose_deed_the_last_sentence_told(run):
    art = run("“We were poor for an hour,” manager Maria Lindqvist said.\n\n"
              "Vastby defender Jonas Ekdal scored late on.\n\nEkdal's winner came from a corner in added time.\n\n"
              "“Corners are the one thing we practise every day,” he said.")
    assert by_content(art, "Corners").speaker == "Jonas Ekdal"


def test_an_expletive_is_never_the_speaker(run):
    art = run("The Chargers lost again. There's no reason to think they'll win out.")
    assert all(q.speaker != "there" for q in art.quotes)


def test_a_role_written_into_the_name_is_a_title(run):
    # the NER takes "Councillor Hanna Brook" for an organisation
    art = run("Councillor Hanna Brook, who chairs the finance committee, said the city could not afford "
              "eleven branches. “Nobody here wants to close a library,” she said.")
    q = by_content(art, "Nobody here")
    assert (q.speaker, q.speaker_title) == ("Hanna Brook", "Councillor")


def test_the_same_noun_again_is_the_same_unnamed_source(run):
    art = run("A senior diplomat, speaking on condition of anonymity, said the talks had nearly collapsed. "
              "«For an hour nobody was in the room except the interpreters», the diplomat said.")
    assert by_content(art, "For an hour").speaker == "a senior diplomat"


def test_another_is_another_of_those_the_last_speaker_was_one_of(run):
    art = run("Readers of the forum were alarmed. “How did it get here?” one reader posted.\n\n"
              "Another said: “The fever is coming back.”\n\n“It will pass,” said Dara Vale, a doctor.\n\n"
              "Another wrote that the panic was overblown.")
    assert [q.speaker for q in art.quotes] == ["one reader", "another reader", "Dara Vale", "Another"]
    art = run("“We won,” said An Nguyen, the coach.\n\nAnother said: “The result was fair.”")
    assert by_content(art, "result was fair").speaker == "Another"  # not "another Nguyen"


def test_the_same_noun_again_is_the_same_unnamed_source_whatever_follows_it(run):
    art = run("A police officer at the studio said the crowd was calm.\n\n“Nobody was hurt,” the officer said.")
    assert by_content(art, "Nobody was hurt").speaker == "a police officer at the studio"


def test_according_to_a_hyphenated_role_and_name(run):
    # the tokenizer splits "co-author" and the parse hangs the name on "co"
    art = run("The pollen shows that the area was once forested, according to co-author Henrik Lyng, a "
              "botanist. He said the trees were probably birch.")
    assert [(q.speaker, q.speaker_title) for q in art.quotes] == [("Henrik Lyng", "co-author")] * 2


@pytest.mark.parametrize("text, title", [
    ("“We were not looking for a lake,” said glaciologist Dr. Amara Osei.", "glaciologist"),
    ("“One core is one core,” said Prof. Julia Brandt of the Alfred Wegener Institute.",
     "Alfred Wegener Institute"),
])
def test_an_honorific_gives_way_to_the_role(run, text, title):
    assert only(run(text)).speaker_title == title


def test_pieces_a_closing_quotation_reaches_are_merged(nlp):
    # found by the property test: the content's first piece, extended to the end of the quotation
    # it stopped in, overlapped the next piece
    text = "He said the plan was “a mess and a waste” of money."
    para = Paragraph(nlp(text)[:], 0, text, 0)
    first, second = (text.index("the"), text.index("mess") + 4), (text.index("and a waste"), len(text) - 1)
    assert _close_quotes([first, second], para) == [(first[0], len(text) - 1)]


def test_a_hyphenated_role_in_apposition_is_whole(run):
    # "Her co-author" is split at the hyphen and parsed as three subjects of "said"
    art = run("Her co-author, Henrik Solberg, said the team had checked the results.\n\n"
              "“The satellites and the stakes in the ice agree,” he said.")
    assert [(q.speaker, q.speaker_title) for q in art.quotes] == [("Henrik Solberg", "co-author")] * 2
    assert mention(art, art.quotes[0]) == "Henrik Solberg"  # the name in apposition is the mention


def test_a_hyphenated_title_is_whole(run):
    q = only(run("Glacier scientist and study co-author Runa Feld said the ice had thinned by half."))
    assert (q.speaker, q.speaker_title) == ("Runa Feld", "Glacier scientist and study co-author")


@pytest.mark.parametrize("text, speaker", [
    # the surname alone is the one named first; a courtesy title picks by gender
    ("Nora Lindgren and her brother Erik Lindgren run the farm.\n\n“We sell at dawn,” Lindgren said.",
     "Nora Lindgren"),
    ("Nora Lindgren and her brother Erik Lindgren run the farm.\n\n“We sell at dawn,” Mr. Lindgren said.",
     "Erik Lindgren"),
    # the pronouns after the bare surname say which: "Lindgren ... her" is Nora, named second
    ("Erik Lindgren founded the farm; his sister Nora Lindgren runs it now.\n\n"
     "Lindgren keeps her own accounts. “We sell at dawn,” Lindgren said.", "Nora Lindgren"),
    # nothing tells them apart: the surname stays
    ("Aune Lindgren and Ilmo Lindgren run the farm.\n\n“We sell at dawn,” Mrs. Lindgren said.", "Lindgren"),
])
def test_a_surname_two_people_share(run, text, speaker):
    assert by_content(run(text), "sell at dawn").speaker == speaker


def test_an_age_is_not_a_title(run):
    q = by_content(run("Marta Quist, 34, joined the board.\n\n“We start today,” Quist said."), "start today")
    assert (q.speaker, q.speaker_title) == ("Marta Quist", None)


def test_the_one_told_is_not_the_speaker_even_when_the_parse_makes_it_a_subject(run):
    art = run("The ferry company launched its new route on Tuesday.\n\n"
              "\"The route has been built from the ground up for commuters,\" Jack Buser, director for "
              "routes at Vastby, tells The Hollywood Reporter. \"You are going to see a number of things.\"")
    assert {q.speaker for q in art.quotes if q.kind == "direct"} == {"Jack Buser"}


def test_a_nested_quote_closing_first_still_ends_with_the_frames_comma(run):
    # “... the 'Title Sponsor,' ” -- the single mark and a space stand between comma and close
    art = run("Eric Lund spoke about the tournament.\n\n"
              "\"My father made the gift. This is why he is the 'Title Sponsor,' \" Eric Lund wrote of the "
              "2010 event.")
    q = by_content(art, "Title Sponsor")
    assert (q.kind, q.cue, q.speaker) == ("direct", "wrote", "Eric Lund")


def test_a_pronoun_inside_a_report_points_to_the_named_reporter(run):
    text = ("Mayor Ida Strand faced the council.\n\n"
            "Strand said she responded: “When you are attacked, you cannot stay polite.”")
    q = by_content(run(text), "cannot stay polite")
    assert (q.speaker, text[q.speaker_start:q.speaker_end]) == ("Ida Strand", "Strand")


def test_a_possessive_with_no_one_to_stand_for_is_no_speaker(run):
    q = by_content(run("The debate ended with his famous demand: “Tear down the toll gates on the bridge!”"),
                   "toll gates")
    assert q.speaker is None


@pytest.mark.parametrize("text, kind, content", [
    ("Mayor Ida Lund spoke on Monday.\n\nHer standing rose after the storm and her call for \"a total ban\" "
     "on cruise ships in the harbour.", "mixed", '"a total ban" on cruise ships in the harbour'),
    ("Mayor Ida Lund spoke on Monday.\n\nHer claim that the pier is \"falling apart\" surprised the council.",
     "mixed", 'that the pier is "falling apart"'),
    ("Mayor Ida Lund spoke on Monday.\n\nThe council voted after her claim that the pier would cost too much.",
     "indirect", "that the pier would cost too much"),
    ("Mayor Ida Lund spoke on Monday.\n\nThe council voted after a claim from Lund that the pier was unsafe.",
     "indirect", "that the pier was unsafe"),
])
def test_a_noun_for_words_with_an_owner_reports_what_it_says(run, text, kind, content):
    q = by_content(run(text), content)
    assert (q.kind, q.content, q.cue, q.speaker) == (kind, content, "claim" if "claim" in text else "call",
                                                     "Ida Lund")


def test_a_noun_for_words_inside_a_report_is_part_of_it(run):
    art = run("Mayor Ida Lund spoke on Monday.\n\nThe council mocked her claim that the pier is \"falling apart.\"")
    q = only(art)
    assert (q.cue, q.content) == ("mocked", 'her claim that the pier is "falling apart."')


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Senator Mira Dahl defended her record on Monday.\n\nThe dispute is about her claim that she "
                 "“never sent a single classified email from the house.”", "classified email", "Mira Dahl",
                 id="a quotation owned by a noun for words is its owner's"),
    pytest.param("Ola Amar, a grain trader, spoke on Monday.\n\nAmar said that if seen through the lens of a "
                 "negotiator, some sort of broad deal might be possible: “In trade, the question is always "
                 "whether the offers and the asks overlap.”", "the asks overlap", "Ola Amar",
                 id="a colon after a report is the reporter's lead-in"),
    pytest.param("Trade talks resumed on Monday.\n\n\"The president wants the option of a bigger deal. Bigger "
                 "than just the little deal\" announced in October, said Derek Scissors, a scholar at a "
                 "Washington institute.", "bigger deal", "Derek Scissors", id="a date is never the speaker"),
])
def test_who_speaks_a_quotation_with_no_plain_frame(run, text, words, speaker):
    assert by_content(run(text), words).speaker == speaker


def test_content_pieces_with_only_a_space_between_are_one_piece(nlp):
    from quotegraph.extraction import parse_paragraphs
    from quotegraph.models import Article
    from quotegraph.nlp.content import _close_quotes

    text = 'Roe said the ferry is "late" again and the pier is shut.'
    (para,) = parse_paragraphs([Article(id="t", text=text)], nlp)[0]
    s, m = text.index("the ferry"), text.index('"late"') + len('"late"')
    assert _close_quotes([(s, m), (m + 1, m + 6)], para) == [(s, m + 6)]
    assert _close_quotes([(s, m), (m + 11, m + 14)], para) == [(s, m), (m + 11, m + 14)]  # "and" between


@pytest.mark.parametrize("text, speaker", [
    ("The flood prompted the harbour master, Ilse Varga, to say that the pier would stay shut.", "Ilse Varga"),
    ("The long delay prompted the ferry company to state, “We apologise to every passenger on the late boat.”",
     "the ferry company"),
])
def test_the_one_asked_or_prompted_says_what_the_infinitive_reports(run, text, speaker):
    assert only(run(text)).speaker == speaker


@pytest.mark.parametrize("text, owners", [
    ('"It was a disgrace," said Lena Marsh, 34, a voter who waited in an "endless line snaking around '
     'the block" for four hours.', {"disgrace": "Lena Marsh", "endless line": None}),
    # words in the description with a cue of their own are that cue's speaker's
    ("“We are done here,” said Tom Berk, the farmer whose field the council called “a swamp nobody "
     "wants” last spring.", {"done here": "Tom Berk", "a swamp": "the council"}),
])
def test_a_quotation_describing_the_speaker_is_not_their_statement(run, text, owners):
    art = run(text)
    assert len(art.quotes) == len(owners)
    assert {words: by_content(art, words).speaker for words in owners} == owners


def test_a_second_speaker_joined_by_and_says_what_it_says_alone(run):
    # the parse makes the second "said" a complement of the first, beside its real one
    art = run("Even so, most of the voters said they were deeply worried about the state of the economy, "
              "and more than half said the governor would handle it best.")
    first = by_content(art, "worried")
    assert first.content == "they were deeply worried about the state of the economy"
    assert first.speaker.startswith("most")
    second = by_content(art, "governor")
    assert (second.content, second.speaker) == ("the governor would handle it best", "more than half")


@pytest.mark.parametrize("text, channel", [
    # the words after the outlet's noun begin what was said, not the outlet's name
    ("The fisheries minister, Lars Nilsen, disagreed. Nilsen told the Nordvik news agency the Danish "
     "offer was \"unworkable\" and that the talks had stalled.", "Nordvik"),
    ("The mayor, Ida Lund, claims that broadcaster Radio Vinter \"takes its orders\" from the council.", None),
])
def test_a_name_that_begins_what_was_said_is_no_channel(run, text, channel):
    assert only(run(text)).channel == channel


@pytest.mark.parametrize("between", ["\n\n", " "])
def test_the_one_asked_answers_the_quotation_with_no_cue_after_the_question(run, between):
    art = run("The council met on Monday. \"We will vote in May,\" said Mayor Ida Lund.\n\nLund's deputy, "
              f"Erik Holm, was asked whether he would stand against her.{between}\"Not this year. Maybe never.\"")
    q = by_content(art, "Not this year")
    assert (q.speaker, art.text[q.speaker_start:q.speaker_end]) == ("Erik Holm", "Erik Holm")


def test_a_quotation_inside_the_question_is_not_the_answer(run):
    art = run("Senator Ana Ruiz took questions at the forum.\n\nRuiz was asked by the moderator whether the plan "
              "would become \"another costly program nobody can stop.\"\n\nShe said families come first.")
    assert by_content(art, "costly program").speaker != "Ana Ruiz"


@pytest.mark.parametrize("text, words, speaker", [
    # a pronoun inside what a relative clause says of someone is that someone
    ("\"We will open in May,\" said Mayor Ida Lund.\n\nA rival grocer, who asked not to be named because he "
     "feared a feud, said that the market \"will never pay.\"", "will never pay", "a rival grocer"),
    ("\"We will open in May,\" said Mayor Ida Lund.\n\nThe idea came from Tom Berg, a teacher, who wrote "
     "to the council after he argued that the square \"needs life.\"", "needs life", "Tom Berg"),
    # not when the pronoun is the clause's own subject, or of another gender than the person
    ("\"We will open in May,\" said Mayor Ida Lund.\n\nShe praised Tom Berg, who she said had argued that "
     "the square \"needs life.\"", "needs life", "Ida Lund"),
])
def test_a_pronoun_in_a_relative_clause_is_the_person_it_describes(run, text, words, speaker):
    assert by_content(run(text), words).speaker == speaker


@pytest.mark.parametrize("text, title", [
    ("Mayor Ida Lund herself spoke first. \"We will open in May,\" Lund said.", "Mayor"),
    ("Ida Lund and Tom Berg both spoke. \"We will open in May,\" Lund said.", None),
])
def test_a_pronoun_beside_a_name_is_no_title(run, text, title):
    assert only(run(text)).speaker_title == title


def test_an_epithet_of_office_is_the_person_the_article_named_last(run):
    art = run("The ministry called the plan \"a dead end.\" This was stated by the official representative of the "
              "department Olga Vetrova at a briefing.\n\n\"Nobody here is surprised,\" the diplomat noted.")
    assert by_content(art, "Nobody here").speaker == "Olga Vetrova"


@pytest.mark.parametrize("text, speaker, title", [
    # a name closing a role's "of" phrase, as translations from Russian put it
    ("Earlier, the press secretary of the president Igor Lomov told RIA Novosti that the Kremlin was "
     "studying the document.", "Igor Lomov", "press secretary of the president"),
    ("Deputy Chairman of the State Duma Committee on International Affairs Pavel Grinev wrote on Telegram "
     "that the sanctions \"will not change anything.\"", "Pavel Grinev",
     "Deputy Chairman of the State Duma Committee on International Affairs"),
    ("A spokesman for the Interior Ministry Anna Berg said the border was closed.", "Anna Berg",
     "spokesman for the Interior Ministry"),
    # not the name of the one the phrase is about
    ("A spokesman for presidential candidate Anna Berg said the border was closed.",
     "a spokesman for presidential candidate Anna Berg", None),
    ("The wife of President Igor Lomov told reporters that she was tired.", "the wife of President Igor Lomov", None),
])
def test_a_name_closing_a_roles_of_phrase_is_the_speaker(run, text, speaker, title):
    q = only(run(text))
    assert (q.speaker, q.speaker_title) == (speaker, title)


def test_the_role_a_name_closes_is_its_title_later_on(run):
    art = run("Earlier, the press secretary of the president Igor Lomov told RIA Novosti that the Kremlin was "
              "studying the document. He added that a decision would be made \"taking into account national "
              "interests.\"")
    q = by_content(art, "national interests")
    assert (q.speaker, q.speaker_title) == ("Igor Lomov", "press secretary of the president")


@pytest.mark.parametrize("text", [
    "It is worth noting that the bridge opened two years late.",
    "It goes without saying that the ferry was busier than ever.",
    "It bears repeating that the tunnel was never finished.",
])
def test_the_writers_own_asides_report_nothing(run, text):
    assert run(text).quotes == []


def test_an_aside_hung_on_a_participle_still_reports_its_sentence(run):
    # the parse hangs "she said" on "trained" (a participle inside the object), not on the root
    q = only(run("Lena Brask runs the hatchery. The hatchery released 9,000 salmon last spring, she "
                 "said, far fewer than the 20,000 needed to keep the river stocked."))
    assert (q.kind, q.speaker) == ("indirect", "Lena Brask")
    assert q.content.startswith("The hatchery released 9,000 salmon") and "she said" not in " ".join(
        q.content[s - q.start:e - q.start] for s, e in q.pieces or [(q.start, q.end)])


@pytest.mark.parametrize("role", ["Midwife", "Nurse", "Spokeswoman"])
def test_a_role_before_a_name_the_ner_called_an_organisation_is_a_title(run, role):
    # the NER reads "Nurse Ingrid Salo" as one organisation; the role is no part of her name,
    # and "she" after it is her
    art = run(f"Dr. Paul Brenner defended the plan at the meeting.\n\n"
              f"{role} Ingrid Salo, who has worked at the hospital since 2009, disagreed.\n\n"
              f"“Nobody asked the people who work nights,” she said.")
    q = by_content(art, "work nights")
    assert (q.speaker, q.speaker_title) == ("Ingrid Salo", role)


@pytest.mark.parametrize("role", ["Keeper", "Defender"])
def test_a_role_before_a_given_name_we_do_not_know_is_no_part_of_the_name(run, role):
    # "Tevita" is in no list of given names; "Keeper" and "Defender" are roles all the same
    art = run(f"The visitors held on for a draw in the rain.\n\n"
              f"{role} Tevita Halaholo, who played the full ninety minutes, shook his head: "
              f"“We gave them nothing all afternoon.”\n\n"
              f"Halaholo said the squad would rest on Sunday.")
    assert {q.speaker for q in art.quotes} == {"Tevita Halaholo"}


def test_a_spokespersons_role_before_a_name_in_family_name_first_order_is_a_title(run):
    # the NER takes "Spokesperson Lu Hanwen" for the person; "Lu" is no given name it knows
    art = run("Foreign Ministry Spokesperson Lu Hanwen opened the briefing on Monday.\n\n"
              "Lu Hanwen said: “The talks will go on as planned.”")
    q = by_content(art, "talks will go on")
    assert (q.speaker, q.speaker_title) == ("Lu Hanwen", "Foreign Ministry Spokesperson")


def test_a_role_the_parse_split_from_an_honorific_is_the_title(run):
    q = only(run("Committee chair Dr. Marta Ilves said the hearing would resume in May."))
    assert (q.speaker, q.speaker_title) == ("Marta Ilves", "Committee chair")


@pytest.mark.parametrize("text, speaker", [
    ("The deal is off, one of the negotiators said.", "one of the negotiators"),
    ("Most of the growers said the frost had cost them half a crop.", "Most of the growers"),
])
def test_a_part_of_a_group_speaks_with_its_of_phrase(run, text, speaker):
    assert only(run(text)).speaker == speaker


def test_a_note_is_a_channel(run):
    q = only(run("In a note to clients on Monday, Vera Holm wrote that rates would stay high."))
    assert (q.speaker, q.channel) == ("Vera Holm", "note")


def test_a_post_embedded_above_its_signature_is_the_signers_statement(run):
    # the post's own words, whatever reporting verb they hold, are the account's; a later
    # signature does not take an earlier post
    art = run("The ferry company answered within the hour.\n\n"
              "Harbour Ferries announces extra sailings every day of the closure.\n\n"
              "— Harbour Ferries (@hferries) March 3, 2026\n\n"
              "Riders were unconvinced.\n\n"
              "Nobody asked us before they closed the bridge.\n\n"
              "— Mia Sorensen (@miasor) March 3, 2026")
    assert [(q.kind, q.content, q.speaker, q.speaker_kind) for q in art.quotes] == [
        ("direct", "Harbour Ferries announces extra sailings every day of the closure.", "Harbour Ferries",
         "organization"),
        ("direct", "Nobody asked us before they closed the bridge.", "Mia Sorensen", "person")]


def test_a_posts_signer_is_named_without_the_symbols_of_a_display_name(run):
    art = run("The slogan drew mockery online.\n\nThey spent half a million on this.\n\n"
              "— Ada Lind \U0001f308 (@adalind) November 18, 2019")
    assert [(q.content, q.speaker) for q in art.quotes] == [("They spent half a million on this.", "Ada Lind")]


@pytest.mark.parametrize("text, speaker", [
    ("The findings add to a growing body of evidence, the University of Carrowmore said.",
     "the University of Carrowmore"),
    ("The Centre for Coastal Studies at Hollin said the ice had thinned.", "the Centre for Coastal Studies"),
])
def test_an_organisations_name_goes_on_past_of_and_for(run, text, speaker):
    assert only(run(text)).speaker == speaker


@pytest.mark.parametrize("text", [
    "At the meeting, someone in the public gallery shouted \"Sink the levy, not the boats!\"",
    "\"Sell the boats to your donors,\" a voice from the back benches shouted.",
    "A hand-painted sign above the door reads: \"A good fiddle outlives three owners.\"",
])
def test_no_one_the_article_names_says_so(run, text):
    q = only(run(text))
    assert q.speaker is None and q.confidence < 0.5


def test_a_translated_title_closing_on_a_name_set_off_by_an_aside(run):
    q = only(run("The head of the Tervik district Olga Vashenko, for her part, wrote on her Telegram "
                 "channel that a free bus would run to the crossing."))
    assert (q.speaker, q.speaker_title) == ("Olga Vashenko", "head of the Tervik district")


def test_a_guillemet_quotation_with_its_frame_after_the_comma(run):
    q = only(run("\u00abThe conversation was frank, at moments difficult, but the sides heard each other\u00bb, "
                 "the press secretary of the president Gleb Sarantov told journalists after the meeting."))
    assert (q.kind, q.speaker, q.cue) == ("direct", "Gleb Sarantov", "told")


def test_a_witness_who_asked_not_to_be_named_said(run):
    art = run("A witness who asked not to be named said flames were already pouring from the roof when the "
              "first engine arrived.")
    q = by_content(art, "flames were already pouring")
    assert (q.speaker, q.cue) == ("a witness", "said")


@pytest.mark.parametrize("text, speaker", [
    ("Finance Minister Kerem Basar said in a statement published on the ministry's website that the "
     "deficit narrowed in the first nine months.", "Kerem Basar"),
    ("Mayor Iryna Kovalenko said in a comment to journalists that power engineers are already working.",
     "Iryna Kovalenko"),
    # a place after the one told, on which the parse hangs the that-clause
    ("The company's operations director, Agnes Whitcombe, later told reporters outside the plant gates that "
     "the firm had \"no reason to believe\" any further material was entering the water.", "Agnes Whitcombe"),
])
def test_what_is_said_after_a_long_setting(run, text, speaker):
    q = only(run(text))
    assert q.speaker == speaker and q.content.startswith("that ")


@pytest.mark.parametrize("text, content", [
    # an aside before a semicolon reports what comes before it
    ("Joseph Mbeki runs the practice. Recruiting a third vet has proved impossible, he says; the practice "
     "advertised the post three times last year.", "Recruiting a third vet has proved impossible"),
    # a quoted phrase after a verb's objects, which the parse hung on the verb, is part of what it reports
    ("The secretary-general urged both governments to reopen the hotline \"today, not tomorrow\".",
     "both governments to reopen the hotline \"today, not tomorrow\""),
])
def test_what_a_verb_reports_where_the_parse_strays(run, text, content):
    assert only(run(text)).content == content


def test_a_capitalised_role_abbreviation_takes_the_name_in_apposition(run):
    q = only(run("The MP for Saltmarsh and Kell, Owen Pryce-Daniels, wrote on X that families are still waiting."))
    assert q.speaker == "Owen Pryce-Daniels"


def test_a_councillor_by_title_and_surname_is_the_councillor_named_in_full(run):
    art = run("Councillor Aoife Brennan-Doyle said the thefts began in spring.\n\n"
              "\u201cWe are not asking for miracles,\u201d Cllr Brennan-Doyle said.")
    assert [q.speaker for q in art.quotes] == ["Aoife Brennan-Doyle"] * 2


def test_is_said_to_be_names_no_speaker(run):
    q = only(run("The singer, who shot to fame on a talent show in 2011, is said to be \"absolutely gutted\"."))
    assert q.speaker is None and q.confidence < 0.5


def test_an_organisation_in_apposition_is_named(run):
    q = only(run("The Israeli newspaper Haaretz noted that officials do not meet such politicians."))
    assert (q.speaker, q.speaker_kind) == ("Haaretz", "organization")


def test_a_live_reports_time_stamp_is_no_part_of_the_speaker_or_title(run):
    art = run("11:05 Spokesman of the Air Force Taras Hrynko told the TV channel Rada-24 that the enemy is "
              "changing its tactics.\n\n12:30 President Andriy Melnyk said in a video address that the grid "
              "would hold.")
    assert [(q.speaker, q.speaker_title, mention(art, q)) for q in art.quotes] == [
        ("Taras Hrynko", "Spokesman of the Air Force", "Spokesman"),
        ("Andriy Melnyk", "President", "President Andriy Melnyk")]


def test_a_role_of_a_place_closing_on_a_name_makes_the_title_later_references_use(run):
    art = run("09:40 Mayor of Marynsk Iryna Kovalenko said that about 14 thousand homes remain without power. "
              "\"We ask residents to charge their devices,\" the mayor wrote on Facebook.")
    assert [q.speaker for q in art.quotes] == ["Iryna Kovalenko"] * 2


@pytest.mark.parametrize("text, speaker", [
    ("President Mikhail Zarin met the delegation. \"We never used energy as a weapon,\" the head of state noted.",
     "Mikhail Zarin"),
    ("Prime Minister Anna Lindqvist met the delegation. \"We will not sign,\" the head of government said.",
     "Anna Lindqvist"),
    # the latest of two presidents; no "head of the foreign ministry"
    ("The President of Dostan Ilyas Dzhumabayev arrived first. The head of the foreign ministry Irina Volkova "
     "met him. Later the President of Zarvania Mikhail Zarin spoke. \"We never used energy as a weapon,\" "
     "the head of state noted.", "Mikhail Zarin"),
    ("The Deputy Prime Minister of Kestovia Pavel Grushin met the delegation. \"We are not against,\" the "
     "vice-premier said.", "Pavel Grushin"),
    ("The Deputy Prime Minister of Kestovia Pavel Grushin met the delegation. According to the deputy head of "
     "the government, \"the text is not ready.\"", "Pavel Grushin"),
    # a leader by the country's adjective, where the article names two presidents
    ("The President of Zarvania Mikhail Zarin and the President of Dostan Ilyas Dzhumabayev met on Monday. "
     "\"We are not here for photographs,\" the Zarvanian leader noted.", "Mikhail Zarin"),
    # of two managers, the one just named
    ("Rovers manager Graham Pellingham and City manager Marek Dvoran shook hands before the derby. "
     "Pellingham named an unchanged side on Friday.\n\n\"He trained brilliantly,\" the manager said.",
     "Graham Pellingham"),
    # of two senators, the one whose title names the state
    ("Florida Sen. Marco Rubio and Sen. Ted Cruz spoke in Houston. Cruz left early.\n\n"
     "\"We will win the state,\" the Florida senator said.", "Marco Rubio"),
    # translated: the head of a ministry is its minister
    ("The head of the foreign ministry of Zarvania Lidia Markova spoke to journalists. \"I do not see any "
     "drama here,\" the minister emphasised.", "Lidia Markova"),
    # a title by another word for it: a manager is the boss, a captain the skipper, a chief financial
    # officer the finance chief, a business secretary a minister
    ("The Dunmore manager, Owen Castell, was furious.\n\n\"We deserved a point,\" the Dunmore boss said.",
     "Owen Castell"),
    ("Harwick's captain, Tobias Reyne, scored twice.\n\n\"Nobody hides in this team,\" the skipper said.",
     "Tobias Reyne"),
    ("Chief financial officer Ilse Marrow spoke on the call.\n\nAsked about the outlook, the finance chief "
     "said: \"We are keeping the range.\"", "Ilse Marrow"),
    ("The business secretary, Nadia Forsythe, posted on Sunday.\n\n\"The offer is fair,\" the minister "
     "wrote.", "Nadia Forsythe"),
    # a role of something, with the name hung on the something: "the councillor of Finance, X,"
    ("The spokeswoman of Vecinos del Río, Pilar Ocaña Ruiz, defended the abstention.\n\n\"It has good and "
     "bad things,\" the spokeswoman said.", "Pilar Ocaña Ruiz"),
    # a word that describes the holder, not the title
    ("Sen. Ada Marsh has served four terms.\n\n\"I rarely ask for help,\" the longtime senator said.",
     "Ada Marsh"),
    # "The MP", capitalised, is the one MP; "The Minister", of two, the one just quoted
    ("Helen Corrigan, the local MP, backed the nurses.\n\nThe MP put it bluntly: \"This was about whether there are enough "
     "nurses.\"", "Helen Corrigan"),
    ("Foreign Minister Selim Kaya met Foreign Minister Dragan Lekov. Kaya said the two were partners.\n\n"
     "The Minister also noted: \"A conference will follow in spring.\"", "Selim Kaya"),
    # translated: a role's last phrase closes on the name, after the courtesy title
    ("Ambassador of Karesia to Velistra Mrs. Ayla Demir, in her speech, said: \"Our citizens here now number "
     "35 thousand.\"", "Ayla Demir"),
    # the lawyer just quoted, not the other lawyer the article introduces only later
    ("Her lawyer, Edwin Marsh, said the label had stalled on Ada Quinn's royalties for a year.\n\n"
     "\"This is a business model,\" the lawyer said.\n\nNell Pryor, an entertainment lawyer, said such "
     "cases were common.", "Edwin Marsh"),
    # the role a name is in apposition to, though another title comes right before the name
    ("The jury president, the Danish writer Ebba Lindholm, read a short statement on the steps.\n\nLindholm "
     "said the jurors would publish their notes. \"People can judge for themselves,\" the jury president said.",
     "Ebba Lindholm"),
    # a name set off by commas after the role, which the parse made a conjunct of it
    ("The inquiry’s chair, retired judge Priya Raghunathan, pressed him on who was responsible.\n\nThe "
     "minister, Dario Lenz, said the delays were inherited and that he could not fix ten years in one.\n\n"
     "\"We have heard enough for one day,\" the chair said.", "Priya Raghunathan"),
    # "who chairs" an organisation whose name has an apostrophe in it
    ("Inés Catrileo, who chairs the Corvane Small Boat Fishers' Cooperative, brought the case in 2019.\n\nThe "
     "cooperative's chair was blunt about the company: \"They can fish. Just not in our kitchen.\"", "Inés Catrileo"),
])
def test_a_title_or_office_is_the_person_holding_it(run, text, speaker):
    assert by_content(run(text), "\"").speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Esporte Vale Verde elected a new president on Saturday.\n\nTomás Ribeiro Vaz, who ran the club for nine "
     "years, said he accepted the result. \"I leave with the club in better shape than I found it,\" the "
     "outgoing president said.", "Tomás Ribeiro Vaz"),
    ("Marta Oyelaran, who ran the agency for a decade, said she had no regrets. \"We did the work,\" the "
     "former director said.\n\nHer successor, Femi Adeyemi, starts on Monday.", "Marta Oyelaran"),
    # quoted by pronoun just before
    ("Music director Min-seo Park, who was due to conduct the gala, did not cross the picket line. Speaking "
     "briefly at the stage door, he said he loved the musicians and the management alike. \"My only "
     "job now is to hope they find each other again,\" the conductor said.", "Min-seo Park"),
    # someone else named since: the role may be theirs
    ("Aled Price said he had urged Mira Kahn to step aside. \"We cannot win this way,\" the former minister "
     "said.", "the former minister"),
])
def test_a_role_no_one_holds_is_the_one_just_quoted_in_the_paragraph(run, text, speaker):
    assert by_content(run(text), "\"").speaker == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # a short name, by the fullest name the article gives the organisation
    ("An exit survey was run by Meridian Research Group.\n\n\"Suburban voters broke late,\" Meridian said in "
     "a release.", "broke late", "Meridian Research Group"),
    ("The Harbour Gazette first reported the closure.\n\nThe Gazette said the yard \"had no buyers left.\"",
     "no buyers", "Harbour Gazette"),
    # "the firm", "the group": the organisation that has just spoken
    ("\"Suburban voters broke late,\" Meridian Research Group said in a release. The firm said turnout had "
     "reached 63 per cent.", "63 per cent", "Meridian Research Group"),
    # ... though a person spoke in between; and a business in apposition to a role is no person
    ("The security contractor, Harwick Patrol Services, said in a statement that its patrol had arrived "
     "\"within the agreed time.\"\n\nOne guard, who asked not to be named, said the patrol had been covering "
     "three sites. \"We were twenty minutes away,\" he said.\n\nAsked about that account, the company said it "
     "\"does not comment on staffing matters.\"", "staffing matters", "Harwick Patrol Services"),
    # not a product or an event that begins with the name
    ("The Kestrel Pocket Charger Recall began on Monday.\n\n\"We are sorry,\" Kestrel said.", "sorry", "Kestrel"),
    # "the club", "the force", "the label": the one club, police force or record label named
    ("Dunmore Athletic confirmed the signing of the striker on Friday. Its manager, Owen Castell, said he "
     "was \"ready\".\n\nThe club said the striker \"would have a scan on "
     "Monday.\"", "scan", "Dunmore Athletic"),
    # a club by its short name ("Athletic"), as its fullest name
    ("Marsh out at Kelsby Athletic after cup humiliation at fourth-tier Fernleigh\n\nThe second-tier side "
     "dismissed head coach Ivo Marsh on Sunday morning, less than fifteen hours after his side were knocked out of "
     "the National Cup by Fernleigh Rovers.\n\nThe club said in a statement that it had \"taken the difficult "
     "decision to make a change\".\n\nFernleigh, who sit 61 places below Athletic in the league pyramid, won 2-1 "
     "after Athletic's record signing had given them the lead.", "difficult decision", "Kelsby Athletic"),
    # "the company": the one company named, though products were named since it spoke
    ("Hoshi Motor to recall 400,000 vehicles over fuel pump defect\n\nKAWA -- Hoshi Motor Corporation on Thursday "
     "filed a recall covering about 400,000 vehicles in Japan and overseas, the largest recall in the automaker's "
     "history.\n\nThe recall covers the Sorano compact, the Raiden hybrid sedan and the Mikoto minivan "
     "manufactured between March 2021 and August 2023.\n\n\"We deeply apologize to our customers,\" the company "
     "said in a statement.", "deeply apologize", "Hoshi Motor Corporation"),
    # of two clubs, the one the article names most
    ("Kelsby Athletic sack Ivo Marsh after relegation\n\nKelsby Athletic dismissed manager Ivo Marsh on Sunday, a "
     "day after a 3-1 defeat at Fernleigh Rovers confirmed the club's relegation.\n\nThe club said in a "
     "statement that the decision had been taken \"with great regret\".", "great regret", "Kelsby Athletic"),
    ("Marrick Police said six people were arrested. \"Most people marched peacefully,\" the statement said."
     "\n\nThe force added that an officer was \"slightly hurt\".", "slightly hurt", "Marrick Police"),
    ("The singer is suing Ostrel Lane Records.\n\nThe label said the album was \"postponed for commercial "
     "reasons\".", "postponed", "Ostrel Lane Records"),
    ("The Corvane Air flight skidded off the runway. Priya Vand, a passenger, said she was shaken.\n\n"
     "The airline said passenger safety was \"our absolute priority\".", "priority", "Corvane Air"),
    ("North Wrenfield Hospitals NHS Foundation Trust confirmed the deal. Its chief executive, Ann Roe, was "
     "relieved.\n\nThe trust said operations would \"go ahead as normal\".", "normal",
     "North Wrenfield Hospitals NHS Foundation Trust"),
    ("The samples were processed at the Lindqvist Dating Laboratory in Porthaven.\n\nAccording to the "
     "laboratory, the samples were \"among the best preserved\".", "best preserved", "Lindqvist Dating Laboratory"),
    # "the company", "the regulator": the one organisation the article described as one
    ("PORT ELLARD — Kestrel Cloud, the data-storage company that grew in the boom, will cut 1,400 jobs.\n\n"
     "Ana Ruiz, an analyst, called the cuts overdue.\n\nThe company said staff would receive \"16 weeks of "
     "base pay\".", "16 weeks", "Kestrel Cloud"),
    ("The privacy watchdog fined the social-media company Chirpline on Tuesday.\n\nJon Vik, a lawyer, said "
     "an appeal was likely.\n\nThe company said the feature had been \"off by default\" since 2023.",
     "off by default", "Chirpline"),
    # "the sheriff's office": the one office whose name holds the sheriff; "the post" it said things in
    ("Students were kept inside, according to the Marrow County Sheriff's Office.\n\nIn a post on its "
     "Facebook page, the sheriff's office said it received \"a threatening message\" overnight.",
     "threatening message", "Marrow County Sheriff's Office"),
    ("Students were kept inside, according to the Marrow County Sheriff's Office.\n\nIn a post on its "
     "Facebook page, the sheriff's office said it received a report overnight.\n\n\"Out of an abundance "
     "of caution,\" the post said, \"the school was placed on lockdown.\"", "abundance", "Marrow County Sheriff's Office"),
    # a name joined with "&", and a company by its first word
    ("In a statement, Halloway & Pryce said trading had been \"resilient in a challenging market\".",
     "resilient", "Halloway & Pryce"),
    ("In a note to clients, Brantwood Capital cut its price target.\n\n\"We remain on the sidelines,\" "
     "Brantwood wrote.", "sidelines", "Brantwood Capital"),
    # "the regulator": the one authority, agency or commission named -- no person
    ("The National Medicines Authority on Tuesday approved the drug.\n\nIn a statement, the regulator said "
     "the approval reflected \"a meaningful slowing of disease progression\".", "slowing", "National Medicines Authority"),
    # an acronym the article defined, by the name it stands for
    ("The strike was called by the Union of Academic and Related Staff (UARS) after a ballot.\n\n"
     "UARS said it would \"ballot members on a marking boycott\".", "marking boycott",
     "Union of Academic and Related Staff"),
    # the one organisation the noun heads, holding the description's other words
    ("The masks were returned by the Northgate Museum of Anthropology on Friday.\n\nThe museum said the "
     "masks had been \"transferred without condition\".", "transferred", "Northgate Museum of Anthropology"),
    ("Crews from the Ashmoor Fire and Rescue Service attended the blaze. Its chief, Ann Roe, was at the "
     "scene.\n\nThe fire service said it had \"stepped up unannounced visits\".", "stepped up",
     "Ashmoor Fire and Rescue Service"),
    # a trade the NER took into the name
    ("Steelmaker Norrvik Metall said it would cut 400 jobs because of a collapse in export demand.",
     "400 jobs", "Norrvik Metall"),
    # whose a document is: "Her memo estimated", "a poll by X", "The memo, sent by X,"
    ("Budget director Joan Whitby wrote to agencies on Friday. Her memo estimated that 9,000 workers could be "
     "\"sent home without pay\".", "sent home", "Joan Whitby"),
    ("Turnout was the highest in 40 years, according to a survey by Meridian Research Group.", "Turnout",
     "Meridian Research Group"),
    ("The memo, sent to staff on Thursday by chief operating officer Renske Albada, described the cuts as "
     "\"painful but necessary\".", "painful", "Renske Albada"),
    # not who obtained it
    ("An email obtained by the Harbour Gazette shows that the mayor knew of the leak in March.", "the mayor knew",
     "an email"),
    # a lede's "the largest classroom union", named only in the next paragraph
    ("Teachers vote to strike\n\nHALVERSTON — Teachers across the region have voted for strike action, after the "
     "largest classroom union rejected what it called a \"derisory and insulting\" pay offer.\n\nOf the members "
     "of the Northern Federation of Teachers (NFT) who returned ballots, 84 per cent backed walkouts.",
     "derisory", "Northern Federation of Teachers"),
    # a name with a plural possessive in it, which the parse split at the apostrophe
    ("The Rail Users’ Alliance, which represents passengers, called the rise “a tax on people who have no "
     "alternative.”", "a tax on people", "the Rail Users’ Alliance"),
])
def test_an_organisation_by_its_fullest_name(run, text, words, speaker):
    assert by_content(run(text), words).speaker == speaker


def test_an_organisations_name_opening_a_sentence_keeps_a_lower_case_the(run):
    q = only(run("The Quillan Bay Fishermen's Cooperative wrote to the council in March that the levy was "
                 "\"a tax on the people who can least afford it\"."))
    assert q.speaker == "the Quillan Bay Fishermen's Cooperative"


# whom a pronoun, a title or a lead-in means
@pytest.mark.parametrize("text, words, speaker", [
    # the parse reads "Vesely" as an adverb of "was unmoved"; he is still the one "He" means,
    # not the man quoted before him
    pytest.param("The mayor's predecessor, Peter Vesely, says she has broken the town's trust.\n\n"
                 "The harbour master, Piet Olandt, was blunter: \"The lower town floods.\"\n\n"
                 "\"Not much,\" the mayor said.\n\n"
                 "Vesely, reached by telephone, was unmoved. He said the mayor had \"confused stubbornness "
                 "with courage.\"", "stubbornness", "Peter Vesely", id="surname-set-off-before-its-verb"),
    pytest.param("Piet Marsh asked Tomas Varga how high the sea wall would be.\n\n"
                 "\"Four metres, and higher if we can afford it,\" he told Marsh.",
                 "Four metres", "Tomas Varga", id="he-is-not-his-verbs-object"),
    pytest.param("Belmark's water minister, Amina Sotter, accused the other side of stalling.\n\n"
                 "A senior diplomat familiar with the talks said the delegation had been ready to sign. "
                 "\"Someone in the capital pulled the handbrake,\" the diplomat said.",
                 "handbrake", "a senior diplomat familiar with the talks", id="the-diplomat-described-before"),
    pytest.param("The mayor, Ilse Brandvold, defended the closure.\n\n"
                 "One shopkeeper, who has sold bread on the square for thirty years, shrugged. "
                 "\"Mayors come and go,\" he said.", "Mayors come", "one shopkeeper", id="someone-described-then-he"),
    pytest.param("Professor Anton Reyes, a historian, said the rector had been treated unfairly.\n\n"
                 "A senior lecturer who asked not to be named described the mood as \"relief\". "
                 "\"Most of us want the panel to finish,\" the academic said.", "want the panel", "a senior lecturer",
                 id="the-academic-is-the-one-just-described"),
    pytest.param("Professor Anton Reyes, a historian, said the rector had been treated unfairly.\n\n"
                 "A lecturer from the law school met a student on the stairs. \"It is over,\" the student said.",
                 "It is over", "the student", id="not-one-described-after-another"),
    pytest.param("The gallery reopened on Monday.\n\n"
                 "A member of the gallery's staff, who spoke on condition of anonymity, said a sensor on the "
                 "skylight had been faulty. \"We were told it was on the list,\" the employee said.",
                 "on the list", "a member of the gallery's staff", id="a-sensor-is-no-one-described"),
    pytest.param("The prime minister, Rui Campos, survived the vote.\n\n"
                 "A senior figure in the opposition, who spoke on condition of anonymity, said the party had "
                 "\"counted on two defections\". \"We misread the room,\" the official admitted.",
                 "misread the room", "a senior figure in the opposition", id="a-senior-figure-then-the-official"),
    pytest.param("The curator, Anna Roth, said the alarm had failed.\n\n"
                 "One security guard, who asked not to be named because he had not been cleared to speak, "
                 "described the noise. \"I heard glass,\" he said.", "heard glass", "one security guard",
                 id="someone-described-who-says-he-in-their-own-clause"),
    pytest.param("The mayor, Ilse Brandvold, defended the closure.\n\n"
                 "A mayor can only do so much in a month. \"We did what we could,\" she said.",
                 "did what we could", "Ilse Brandvold", id="not-a-generic-description"),
    pytest.param("Councillor Yasmin Okafor was not finished. Her message to residents was short: "
                 "\u201cThis is not over.\u201d", "not over", "Yasmin Okafor", id="an-utterances-owner-leads-in"),
    pytest.param("Sarah Collins was elected mayor of Quillan Bay last spring on a promise to fix the sea wall.\n\n"
                 "\"Not much,\" the mayor said when asked whether the protests had shaken her.",
                 "Not much", "Sarah Collins", id="the-office-one-was-elected-to"),
    pytest.param("Mirela Castano, a farmer in the valley, has tested her tank twice since the spring.\n\n"
                 "\"These are the highest levels we have measured,\" said Dr. Hana Lind, who led the study.\n\n"
                 "For Castano, the kits matter more than any new rule. \"Test once, and you know,\" she said.",
                 "Test once", "Mirela Castano", id="the-person-a-sentence-opens-on"),
    pytest.param("Councillor Yasmin Okafor said the road would cut the town in half.\n\n"
                 "For Marta, 67, who has lived on Mill Lane all her life, the plan is personal. "
                 "\u201cThey will put the road twenty metres from my kitchen window,\u201d she said.",
                 "kitchen window", "Marta", id="a-name-with-an-age-after-it"),
    pytest.param("Councillor Yasmin Okafor-Trent said the vote was rushed.\n\n"
                 "For Marta, 67, the road is personal. \u201cIt is my kitchen window,\u201d she said.\n\n"
                 "Okafor-Trent was not finished. Her message to residents was short: \u201cThis is not over.\u201d",
                 "not over", "Yasmin Okafor-Trent", id="a-hyphenated-surname-the-parse-split"),
    # the lead-in's reporting verb speaks, not the clause it reports
    pytest.param("Mr Hale said the authority had learned lessons from the flood:\n\n"
                 "'We raised every socket in the building.'", "every socket", "Hale", id="the-outer-colon-lead-in"),
    pytest.param("Martin Okimoto, the lawyer representing the city, said the ban would be reviewed.\n\n"
                 "One of those plaintiffs, Raymond Tuilagi, a 61-year-old former school custodian, has lived in "
                 "a minivan since 2021.\n\n\"I've had that van towed twice,\" he said.", "towed twice",
                 "Raymond Tuilagi", id="one-of-a-group-named-in-apposition"),
    pytest.param("Maren Oyelaran runs the kitchen. Her business partner, Declan Furness, runs the dining room, "
                 "and he says investors have called.\n\n\"Declan thinks I am being sentimental,\" the "
                 "41-year-old says.", "sentimental", "Maren Oyelaran", id="not-the-one-her-quote-talks-about"),
    pytest.param("Appeals Court Strikes Down Port Alder's Ban\n\nMartin Okimoto, the lawyer for the city, "
                 "said Port Alder was reviewing the decision. He said the rule answered \"real complaints from "
                 "real neighbors.\"", "real neighbors", "Martin Okimoto", id="a-town-is-no-one"),
    pytest.param("Dr. Ingrid Solvay led the trial with Dr. Tobias Lund.\n\nHer conclusion was blunt: \"Someone "
                 "has to pay for it.\"", "pay for it", "Ingrid Solvay",
                 id="her-conclusion-leads-in-her-words"),
    # a public role no one in the article holds: the person the article follows
    pytest.param("Lena Voss was voted off the dance show on Monday. “It was hard,” Voss said.\n\n"
                 "Her rival Mark Ek, a painter, stayed on.\n\n“You never know why these things happen,” "
                 "said the actress.", "never know", "Lena Voss", id="a-public-role-is-the-person-quoted-last"),
    pytest.param("The band's founder Pat Ilves teased a new tour on Monday.\n\nAfter the last song, the "
                 "singer told the audience, “Maybe we should go on the road.”", "on the road", "Pat Ilves",
                 id="a-public-role-else-the-person-named-last"),
    pytest.param("Tamsin Reeve, the singer's former fiancee, has kept a low profile since the split.\n\n"
                 "\"He wishes her well,\" a spokesman for the singer said.\n\n"
                 "\"I am fine, honestly,\" she told a friend.", "fine, honestly", "Tamsin Reeve",
                 id="she-is-not-a-spokesman"),
])
def test_who_a_pronoun_title_or_lead_in_means(run, text, words, speaker):
    assert by_content(run(text), words).speaker == speaker


def test_a_nickname_between_given_name_and_surname_names_the_person(run):
    art = run("Singer Jordan \"Jojo\" Pembrook has called off his wedding.\n\n"
              "\"I want the whole thing - kids, dog, the lot,\" Jojo said last year.")
    assert by_content(art, "kids, dog").speaker == "Jordan Pembrook"


# a translation's word order: the speaker after the verb, the outlet run into the name
@pytest.mark.parametrize("text, words, speaker, title, channel", [
    pytest.param("Presidential spokesman Arkady Velin commented on the result.\n\n\"We will not hurry,\" told "
                 "Nordpress Velin.", "not hurry", "Arkady Velin", "Presidential spokesman", "Nordpress",
                 id="told-outlet-surname"),
    pytest.param("Presidential spokesman Arkady Velin commented on the result.\n\n\"We will not hurry,\" said "
                 "for the daily Severni Glas Velin.", "not hurry", "Arkady Velin", "Presidential spokesman",
                 "the daily Severni Glas", id="said-for-the-daily-outlet-surname"),
    pytest.param("Presidential spokesman Arkady Velin commented on the result.\n\n\"We will not hurry,\" told "
                 "to the agency Baltpress Velin.", "not hurry", "Arkady Velin", "Presidential spokesman",
                 "Baltpress", id="the-agency-outlet-surname"),
    pytest.param("As informed the press secretary of the head of state Ilya Korsak, the talks lasted almost "
                 "three hours.", "lasted almost", "Ilya Korsak", "press secretary of the head of state", None,
                 id="as-informed-the-speaker"),
    pytest.param("The President of Veldoria Stepan Orlik, who is on a visit to Marsk, declared that the two "
                 "countries \"open a new page\".\n\n\"We came for concrete agreements,\" underlined the "
                 "head of state.", "concrete agreements", "Stepan Orlik", "President of Veldoria", None,
                 id="a-role-closing-on-a-name-before-an-aside"),
    pytest.param("Press secretary Ilya Korsak met journalists of the agency Baltpress.\n\n\"No such document was "
                 "foreseen,\" cited his words Baltpress.", "No such document", "Ilya Korsak",
                 "Press secretary", "Baltpress", id="cited-his-words-the-agency"),
    pytest.param("As told us the commander of the fire brigade Ilya Korsak, the crews are pumping out the "
                 "cellars.", "pumping out", "Ilya Korsak", "commander of the fire brigade", None,
                 id="as-told-us-the-speaker"),
    pytest.param("The mayor Ada Rusk met the farmers. Like she admitted, the town has not the funds to repair "
                 "the dam.", "not the funds", "Ada Rusk", "mayor", None, id="like-she-admitted"),
    pytest.param("Its leader, the mayor of Bystrice Stepan Navratil, already in the evening stated, that his movement "
                 "is ready to negotiate.", "ready to negotiate", "Stepan Navratil", "leader", None,
                 id="a-place-run-into-the-name-in-apposition"),
    pytest.param("The professor of international law at the University in Varno, Anton Ferk, assesses that both "
                 "sides are partly right.", "partly right", "Anton Ferk",
                 "professor of international law at the University in Varno", None,
                 id="a-name-set-off-after-a-long-role"),
    pytest.param("The talks will resume in spring, reported the ministry of foreign affairs.", "resume in spring",
                 "the ministry of foreign affairs", None, None, id="reported-the-speaker"),
    pytest.param("Governor Pavel Serov spoke after the attack. \"Doctors give all the help needed. I keep the "
                 "situation under personal control\", - added Serov.", "personal control", "Pavel Serov", "Governor",
                 None, id="a-dialogue-dash-before-the-verb"),
    pytest.param("The fire was put out by morning. \"Open burning is over, the cooling of the tanks goes on\", - is "
                 "said in the statement of the Ministry of Emergencies.", "cooling of the tanks",
                 "the Ministry of Emergencies", None, "statement", id="is-said-in-the-statement-of"),
    pytest.param("Earlier Ministry of Defence reported about the repelling of an attack on several regions.",
                 "repelling of an attack", "Ministry of Defence", None, None, id="earlier-before-a-bare-name"),
    pytest.param("Moscow does not intend to hurry the process, declared on Thursday press secretary of President of "
                 "Russian Federation Gennady Vorontov.", "hurry the process", "Gennady Vorontov",
                 "press secretary of President of Russian Federation", None, id="declared-on-thursday-the-speaker"),
    pytest.param("Press secretary Gennady Vorontov spoke on Monday.\n\nEarlier in interview to agency Ekspress-Novosti "
                 "Vorontov declared that Moscow \"attentively follows\" the campaign.", "attentively follows",
                 "Gennady Vorontov", "Press secretary", "Ekspress-Novosti", id="a-hyphenated-outlet-before-the-surname"),
    pytest.param("Deputy minister of foreign affairs of RF Mikhail Lazurin, who heads the delegation, wrote in his "
                 "Telegram-channel that the next round can take place in April.", "next round", "Mikhail Lazurin",
                 "Deputy minister of foreign affairs of RF", "Telegram", id="a-role-of-of-closing-before-an-aside"),
    pytest.param("Deputy minister of foreign affairs of RF Mikhail Lazurin, who heads the delegation, wrote in his "
                 "Telegram-channel that the next round can take place in April.\n\n\"We passed to Lentovo our "
                 "proposals more than one month ago. Answer we until now have not received,\" - wrote deputy "
                 "minister.", "Answer we until now", "Mikhail Lazurin", "Deputy minister of foreign affairs of RF",
                 None, id="wrote-deputy-minister-with-no-article"),
    pytest.param("The official representative of the Ministry of Transport Irina Volkova at the briefing on Friday "
                 "commented the closure of the bridge.\n\n\"Traffic will return in May\", - underlined the official "
                 "representative.", "return in May", "Irina Volkova",
                 "official representative of the Ministry of Transport", None, id="a-role-closing-before-a-date"),
    pytest.param("Irina Volkova opened the briefing. Separately she stopped on the floods in the north, where, "
                 "according to her data, about 900 houses remain without power.", "900 houses", "Irina Volkova",
                 None, None, id="according-to-her-data"),
    pytest.param("\"The night was calm\", - wrote later the head of the region in his Telegram-channel.",
                 "night was calm", "the head of the region", None, "Telegram", id="wrote-later-the-speaker"),
    pytest.param("Governor of Velmar region Pavel Sorin opened the meeting.\n\n\"The dams hold. We watch them "
                 "around the clock\", - said the head of region at the operational meeting.\n\nHead of the city "
                 "district Irina Lapteva told reporters that 400 people were housed.", "around the clock",
                 "Pavel Sorin", "Governor of Velmar region", None, id="the-head-of-region-is-the-governor"),
    pytest.param("The riot was stopped in the night, informed the deputy minister of the region, police colonel "
                 "Gennady Voloshin.\n\n\"Nobody will avoid the responsibility\", - added the colonel.",
                 "avoid the responsibility", "Gennady Voloshin", "police colonel", None,
                 id="a-role-the-parse-made-the-names-head"),
    pytest.param("Labour Minister Ulrike Brandtner defended the plans.\n\nThe reform is \"painful, but without "
                 "alternative\", so Brandtner further. Nobody should lose.", "without alternative",
                 "Ulrike Brandtner", "Labour Minister", None, id="so-the-speaker-from-german"),
    # not what a verb with a subject the parse lost announces
    pytest.param("Halloran, a maker of hospital alarm systems, announced a new alarm service with Draeger.",
                 "new alarm service", "Halloran", None, None, id="announced-a-thing"),
    # an English speaker comes after "said": not an outlet before a surname another person shares
    pytest.param("German Ortega wrote the show.\n\n\"It is a social critique,\" said Freddy Ortega, his "
                 "brother.", "social critique", "Freddy Ortega", "his brother", None, id="said-a-full-name"),
])
def test_a_translations_speaker_after_the_verb(run, text, words, speaker, title, channel):
    q = by_content(run(text), words)
    assert (q.speaker, q.speaker_title, q.channel) == (speaker, title, channel)


@pytest.mark.parametrize("text, words, speaker", [
    # counsel in a court report: the prosecutor, the barrister
    ("Closing the case for the Crown, Ann Roe KC said the fund never owned the buildings.\n\n\"This business was "
     "trouble from the first day,\" Ms Roe said.\n\nThe prosecutor said the money had gone on \"a villa, a "
     "boat and school fees\".", "a villa", "Ann Roe"),
    ("Tom Lee KC, for Mr Dale, urged jurors not to confuse a failed investment with a crime.\n\n\"He sat in "
     "that witness box for four days,\" the barrister said.", "witness box", "Tom Lee"),
])
def test_counsel_by_their_role_in_court(run, text, words, speaker):
    assert by_content(run(text), words).speaker == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # "the bank": the one named so far, though another bank is named later
    ("The Central Bank of Orvia raised its rate on Thursday.\n\nThe committee voted 5-2, the bank said in a "
     "statement.\n\nAnalysts at Nordmark Bank said \"one more rise\" was likely.", "committee voted",
     "Central Bank of Orvia"),
    # "the company": a company the article described as a group, and one the NER took for a person
    ("Halvard Line, the container shipping group, reported a fall in profit.\n\nRevenue fell 12 per cent, "
     "the company said.", "Revenue fell", "Halvard Line"),
    ("Bellweather Biologics said on Monday it would ask regulators to approve the vaccine.\n\n\"These results "
     "are an important step,\" the company said.", "important step", "Bellweather Biologics"),
    # an organisation by its kind: a publisher, a broadcaster, a newspaper
    ("Tidewater Books published the memoir in May.\n\nThe publisher said the reprint would go ahead "
     "\"as planned\".", "as planned", "Tidewater Books"),
    ("Harrowmere Television dropped the show on Friday.\n\n\"The remarks fell short,\" the broadcaster said.",
     "fell short", "Harrowmere Television"),
    ("Mara Quist edited the Fenbridge Gazette for twenty years.\n\nIn a note on page two, the paper said it "
     "would \"not make a fuss\".", "not make a fuss", "Fenbridge Gazette"),
    # "the company" just after a business is named in the paragraph
    ("The timber was found when a dredger operated by Kessering Marine Works brought it up. The company said "
     "its crew had \"stopped at once\".", "stopped at once", "Kessering Marine Works"),
    # an authority's name the NER did not find, after "The"
    ("The Global Anti-Doping Authority, which brought the case, was unmoved. \"The rules are clear,\" the "
     "authority said.", "rules are clear", "Global Anti-Doping Authority"),
    # a lower-case mention of the kind is no second one
    ("Results will be struck from the lists, the national athletics federation announced.\n\nThe Eastern "
     "Athletics Federation said it had no alternative. \"The integrity of the course is everything,\" the "
     "federation said.", "integrity of the course", "Eastern Athletics Federation"),
    # the name in a title-case headline's run of words
    ("Tolls Go Up As Orla Bay Authority Blinks\n\nThe board met on Monday. \"We had no choice,\" the authority "
     "said.", "no choice", "Orla Bay Authority"),
    # a committee's name the NER did not find
    ("The decision by the bank's Monetary Policy Committee was split.\n\nIn its statement, the committee "
     "said that prices had become \"stubborn\".", "stubborn", "Monetary Policy Committee"),
    # a court named since is no company
    ("Marrowfield Developments, the company behind the marina, said it would appeal to the High Court of Veland. "
     "\"We believe the ruling is wrong,\" the company said.", "ruling is wrong", "Marrowfield Developments"),
    # the force a "whose" clause is about
    ("Harwick and Deane Police, whose fraud unit led the inquiry, said it would not comment while the trial "
     "went on.", "would not comment", "Harwick and Deane Police"),
    # the place the parse read as a common noun still opens the force's name
    ("Dunmarrow and Wealdshire Police, whose economic crime unit led the four-year investigation, said it would "
     "not comment while proceedings were ongoing.", "would not comment", "Dunmarrow and Wealdshire Police"),
    # the NER cuts a union's name at "and"; its acronym gives the whole
    ("The Rail Guards and Signal Staff Union (RGSSU), which represents 900 guards, said its members had voted "
     "to strike.", "voted to strike", "Rail Guards and Signal Staff Union"),
    ("The Rail Guards and Signal Staff Union (RGSSU) called the strike on Monday.\n\nThe union said its members "
     "had voted by a large margin.", "by a large margin", "Rail Guards and Signal Staff Union"),
    # the company's fullest name, though the NER took its first word for a place elsewhere
    ("The judge found that Vertex Walls Ltd had ignored the warning. Nigel Frobisher KC, for Vertex, argued "
     "that the boy was to blame.\n\nIn a statement, Vertex Walls said it was \"considering the judgment "
     "carefully\".", "considering the judgment", "Vertex Walls Ltd"),
    # an office's name with its "of" phrase, which the NER did not find
    ("The Diocese of Marlow and Fenn, which owns part of the site, said in a statement that it was "
     "\"disappointed\".", "disappointed", "the Diocese of Marlow and Fenn"),
    ("The Embassy of Kestria in its turn distributed a statement, in which asserted that the crew is safe.",
     "the crew is safe", "the Embassy of Kestria"),
    # a company described by what it supplies is no person, and "the company" is it
    ("LANFORD, March 11 — Brackenford Power, the electricity and gas supplier for most of the valley, said on "
     "Tuesday that criminals had been inside its systems.\n\nIn a statement, the company said the attackers had "
     "\"obtained access to a billing database\".", "obtained access", "Brackenford Power"),
    # "the bank" heads a long formal name
    ("The Central Bank of the Republic of Velmora (CBRV) kept its rate at 9 percent. In a statement, the bank "
     "said that inflation would slow next year.", "inflation would slow", "Central Bank of the Republic of Velmora"),
    # "the union" is not the company that spoke just before
    ("\"Costs are up,\" Peabody Energy said on Monday. Talks were suspended, according to the union.",
     "Talks were suspended", "the union"),
])
def test_which_organisation_the_article_means(run, text, words, speaker):
    assert by_content(run(text), words).speaker == speaker


def test_a_name_ending_in_air_is_a_carriers():
    # the NER may take "Aurelian Air" in a headline for a person; then "the airline" found no airline
    assert organisational("Corvane Air") and organisational("Corvane Airways")
    assert not organisational("Air Marshal Ann Roe")


@pytest.mark.parametrize("text, words, speaker", [
    # a British police rank in capitals before the surname
    pytest.param("Detective Inspector Anna Roe is leading the inquiry. \"Even a few seconds of video could help,\" "
                 "DI Roe said.", "few seconds", "Anna Roe", id="DI-surname"),
    # the name a dateline's dash runs into
    pytest.param("CALDERBROOK - Declan Moorcroft has insisted his side will not panic.\n\nMoorcroft, speaking at "
                 "the training ground, was in combative mood.\n\n\"Nobody is going to sit here and pretend it is "
                 "good,\" he said.", "pretend it is good", "Declan Moorcroft", id="dateline-dash-name"),
    # a story opening on a role names its holder in the next paragraph
    pytest.param("The chief executive of Halmore Rail apologised to passengers yesterday.\n\nGraham Petter told the "
                 "committee that the collapse was \"the worst period in our history\".\n\nThe chief executive "
                 "said the company had been \"caught out by retirements\".", "caught out", "Graham Petter",
                 id="a-lede-role-named-next"),
    # "he" opening a sentence after one that names one person and has no one for its subject
    pytest.param("Graham Petter told the committee that the timetable had not been dishonest.\n\nThe sharpest "
                 "exchanges came from Declan Moss, the member for Harle, whose town lost its trains for three "
                 "weeks. He put it bluntly: \"You sold a timetable you could not run.\"", "sold a timetable",
                 "Declan Moss", id="he-after-a-sentence-naming-one"),
    # the one full form of a name the NER found only as a surname elsewhere
    pytest.param("PORT ALDER - Adaeze Okafor had spent two years insisting that her breakthrough was coming.\n\n"
                 "The 24-year-old beat fourth seed Hanna Lindqvist in the final. At 6-5 on Okafor's serve, "
                 "Lindqvist had two chances to close out the match.\n\n\"I honestly do not know how I am still "
                 "standing,\" Okafor said.", "still standing", "Adaeze Okafor", id="a-surname-the-ner-found-alone"),
    # "Dr." makes a doctor of the one it names
    pytest.param("Heat-related visits are rising, said Dr. Kwame Asante, a consultant in emergency medicine.\n\n"
                 "\"Most of them will not be labelled heatstroke,\" the doctor said.", "labelled heatstroke",
                 "Kwame Asante", id="the-doctor"),
    # a title by another word of the organisation's name: the "Dunmore head coach" of Dunmore Rovers
    pytest.param("Harlowe Harriers edged Dunmore Rovers in a semi-final that swung three times.\n\nDunmore head "
                 "coach Pieter van Reenen did not hide his frustration.\n\nThe Rovers coach said he had been proud "
                 "of the way his side responded.", "proud of the way", "Pieter van Reenen",
                 id="the-rovers-coach"),
    # a side's short name ("Dunmore" of "Dunmore Rovers") is no person "he" could mean
    pytest.param("Harlowe Harriers edged Dunmore Rovers in a semi-final that swung three times.\n\nDunmore head "
                 "coach Pieter van Reenen did not hide his frustration at the sin-binning.\n\nDunmore threw "
                 "everything at them in the dying seconds, and Dunmore spent most of the closing stages camped in "
                 "the Harlowe 22.\n\n\"We had them on their own line and we could not finish it off,\" he said.",
                 "could not finish", "Pieter van Reenen", id="a-sides-short-name-is-no-person"),
    # a known surname opening a sentence, whatever the parse made of it ("Vesey professes", read as
    # an adjective and a noun), is its subject: "she" after it is Vesey, not the publisher before
    pytest.param("Harriet Vesey is apologising for the mud.\n\nAccording to her publisher, the first print run "
                 "has been doubled to 200,000 copies following strong early orders from booksellers. Vesey "
                 "professes not to care about numbers, then thinks better of it.\n\n\"If I am honest, I care a "
                 "bit,\" she says.", "care a bit", "Harriet Vesey", id="a-surname-misread-opening-a-sentence"),
    # of two subjects the parse gives a verb, not the name after "of the agency"
    pytest.param("Press secretary Kirill Mosenko spoke on Monday.\n\nLater Mosenko in conversation with the "
                 "journalists of the agency Interdravo refuted the information, that a credit agreement will be "
                 "signed.", "the information", "Kirill Mosenko", id="not-the-agency-after-of"),
    # the name in full with a middle name, given once in an obituary
    pytest.param("Marine biologist Agnes Tolland has died.\n\nAgnes Mary Tolland was born in 1947 to Hugh Tolland, "
                 "a vet. She studied at Carrick.\n\n\"Counting fish is never just counting fish,\" Ms Tolland said "
                 "in 2009.", "never just counting", "Agnes Mary Tolland", id="middle-name"),
    # the one answering is the one quoted before the questions, not whom a question names
    pytest.param("Declan Moorcroft has insisted his side will not panic. \"We have a squad,\" he said.\n\nQ: Will "
                 "Connor Haigh start up front?\n\nA: You will see on Saturday. I am not giving Ashmere my team "
                 "sheet.\n\nQ: Is his knee a worry?\n\nA: Of course it is a concern, but he is a tough lad.",
                 "team sheet", "Declan Moorcroft", id="interviewee-not-named-in-a-question"),
    # "the nurse added" is the "one nurse" quoted before, as "the diplomat" is "a senior diplomat"
    pytest.param("One nurse, who asked not to be named, said the ward had been \"stretched for months\". Staff, "
                 "the nurse added, were \"running on goodwill\".", "running on goodwill", "one nurse",
                 id="the-one-described-before"),
    # the parse took "steward" for an adverb of "One"
    pytest.param("One steward, who asked not to be named, said afterwards that the gates had opened \"far too "
                 "late\".", "far too late", "one steward", id="one-and-a-misread-noun"),
    # a relative named by a given name alone is of their relation's gender: "she" is not the husband
    pytest.param("Maribel Strand, 41, said she woke to the sound of the hallway detector going off.\n\n\"I opened "
                 "the bedroom door and the hallway was already orange,\" Strand told KQTV 9 News outside a "
                 "neighbor's house. \"I just started screaming for the kids.\"\n\nShe said her husband, Darnell, "
                 "carried their youngest son out the front door while she and the two older children climbed out of "
                 "a bedroom window.\n\n\"We lost pretty much everything,\" she said. \"But we have got each "
                 "other.\"", "lost pretty much everything", "Maribel Strand", id="her-husband-given-name-only"),
    # the NER took the surname for an organisation where a role is set beside it
    pytest.param("Captain Lewis Blandford scored the first try.\n\nKelderby will feel hard done by. Blandford, the "
                 "hooker, was sent to the sin bin in the 58th minute for a professional foul, and both Rovers tries "
                 "came while he was off the field.\n\n\"I put myself in that position,\" the hooker said.",
                 "put myself in that position", "Lewis Blandford", id="a-role-beside-a-mislabelled-surname"),
    # an unnamed source's description ends before a relative clause, as before a comma
    pytest.param("A diplomat familiar with the matter who requested anonymity said the two sides would open a "
                 "direct flight.", "direct flight", "a diplomat familiar with the matter",
                 id="a-description-before-who"),
    # an obituary's "survived by a son, X": "Her son said" is X
    pytest.param("Maren Holloway, a botanist, died on Monday. She was 80. She is survived by a son, Tobias Hale, "
                 "and four grandchildren.\n\nHer son said his mother had been \"curious about absolutely "
                 "everything\".", "curious about absolutely", "Tobias Hale", id="survived-by-a-son"),
    # a colon after a name's "of" phrase: the clause's subject speaks, not the academy's last word
    pytest.param("Maren Holloway spoke often on climate policy. She put it plainly in a 2009 address to the "
                 "Northern Academy of Sciences: \"I spent my life measuring the past.\"", "measuring the past",
                 "Maren Holloway", id="a-colon-after-an-academy-of-sciences"),
    # full names the NER missed or took for places, each given once in a results paragraph
    pytest.param("Mira Brandt took silver. Ines Okoro came through for bronze.\n\nOkoro, 20, described her "
                 "bronze as \"a bonus on top of a bonus\".", "bonus on top", "Ines Okoro",
                 id="a-name-the-ner-missed-as-a-subject"),
    pytest.param("Minister of Culture Eleni Stavridou-Marka, who travelled to the town for the ceremony, spoke of "
                 "\"a day of justice\".\n\n\"These carvings belong to the valley,\" Ms. Stavridou-Marka said.",
                 "belong to the valley", "Eleni Stavridou-Marka", id="a-double-barrelled-name-the-ner-missed"),
    # a headline's short form of a name the lede gives with a second surname
    pytest.param("Luísa Marques becomes first woman to lead the club\n\nTax lawyer Luísa Marques Teixeira, 46, "
                 "defeated the incumbent by 212 votes on Saturday.\n\nMarques's campaign was built on an audit "
                 "of the club's debts. She told reporters the debt was \"a betrayal of the members\".",
                 "a betrayal", "Luísa Marques Teixeira", id="a-headlines-name-without-the-second-surname"),
    # not a headline's words after a name: "Ted Cruz" of "Ted Cruz Apologizes"
    pytest.param("Live updates\n\nAda Brennan Apologizes To Voters\n\nAda Brennan said the remark was \"a "
                 "mistake\" and would not happen again.", "a mistake", "Ada Brennan",
                 id="a-title-cased-line-adds-no-surname"),
    # a surname whose given name only a photo caption gives
    pytest.param("Rovers win the cup at last\n\nPhoto: Rovers captain Ingrid Solbakken lifts the Coastal Cup. Credit: "
                 "Ana Roe / Tideline\n\nRovers won the Coastal Cup on Saturday after Solbakken headed in a late "
                 "corner.\n\nSolbakken, 33, struggled to hold back tears. \"My grandfather brought me here when I "
                 "was six,\" she told Coast FM.", "My grandfather", "Ingrid Solbakken", id="a-given-name-in-a-caption"),
    # ... and so for a surname the NER took for an organisation's name
    pytest.param("Kelsby Athletic stun Tarnmoor City to reach cup quarter-finals\n\nBy Tom Ellery at Ashby Road\n\n"
                 "Ousmane Diallo celebrates his late winner in front of the home supporters. Photo: Ana Roe / "
                 "Fieldside Images\n\nOusmane Diallo’s 88th-minute header sent fourth-tier Kelsby Athletic into the "
                 "quarter-finals of the National Cup for the first time in their 119-year history on Saturday, as "
                 "Tarnmoor City were beaten 2-1 on a freezing, rain-soaked evening at Ashby Road.\n\nKelsby, who "
                 "sit 74 places below their opponents in the league pyramid, fell behind to a first-half penalty "
                 "from Tarnmoor’s Brazilian forward Thiago Nascimento, before midfielder Kieran Doherty levelled "
                 "with a deflected shot shortly after the break.\n\n“I’ve dreamed about a night like this since I "
                 "was six years old,” Diallo said, still in his muddy kit, a club scarf around his neck. “I just "
                 "closed my eyes and attacked the ball.”",
                 "dreamed about a night", "Ousmane Diallo", id="a-given-name-in-a-caption-for-an-org-surname"),
    # a given name the NER took for a place, before a surname's particles
    pytest.param("Former centre-forward Wellington dos Santos Ramos, the club's record goalscorer, wrote on Instagram "
                 "that he had cried watching the count. \"I gave this shirt fourteen years,\" he wrote.",
                 "this shirt", "Wellington dos Santos Ramos", id="a-given-name-taken-for-a-place-before-particles"),
    # "she" is not someone described as a man ("who declined to give his name")
    pytest.param("Renata Vilar won the vote by 212 votes.\n\n\"I have voted in every election since 1980 and never "
                 "seen such shouting,\" said a retired bus driver who declined to give his name.\n\nThe new president "
                 "takes office in March. Asked what her first act would be, she smiled. \"Call the bank,\" she said.",
                 "Call the bank", "Renata Vilar", id="a-described-speakers-gender-from-his-clause"),
    pytest.param("The gold passed to Lucas Ferrand, who had run a personal best.\n\nFerrand said he felt \"a bit "
                 "strange, to be honest\" about winning that way.", "a bit strange", "Lucas Ferrand",
                 id="a-name-the-ner-took-for-a-place"),
    # "saw Kassem “interact”": the parse made him the subject of a noun; "he" is still the professor
    pytest.param("Two days before Omar Kassem shot the guards, he prayed at the mosque.\n\nAdel Nassar, a chemistry "
                 "professor, said he never saw Kassem \"interact\" with the bomber. He said he does not believe "
                 "there is any link between the two.\n\n\"It is our bad luck,\" he said.", "our bad luck",
                 "Adel Nassar", id="the-subject-of-a-noun-is-no-antecedent"),
    # the lede's "a judge", the one judge the article names, paragraphs on
    pytest.param("Treasurer jailed for hospice fraud\n\nA former treasurer who stole from a hospice was jailed on "
                 "Tuesday, after a judge told him he had \"betrayed the families he claimed to serve\".\n\n"
                 "Desmond Arkell, 58, had admitted fraud at an earlier hearing.\n\nJudge Rosalind Tewley said the "
                 "offending had been \"sustained and selfish\".", "betrayed the families", "Rosalind Tewley",
                 id="the-ledes-judge-named-later"),
    # "Mitigating," opens the sentence: the barrister in apposition speaks
    pytest.param("Mitigating, Priya Dunmore said her client was \"profoundly ashamed\". She told the court that he "
                 "had co-operated fully with investigators.", "profoundly ashamed", "Priya Dunmore",
                 id="mitigating-then-the-barrister"),
    # "the CFO" is the chief financial officer, though the NER calls the letters an organisation
    pytest.param("Chief Financial Officer Tomasz Reinholt told analysts the margin would stabilise.\n\n\"We could "
                 "buy deposits tomorrow if we wanted to,\" the CFO said.", "buy deposits tomorrow",
                 "Tomasz Reinholt", id="the-cfo"),
    # the parse made the relative clause the complement of "said" and left it no subject
    pytest.param("Derek Ashworth, 71, spent 26 hours in the department.\n\nAshworth, who has since had surgery and "
                 "is recovering at home, said he had written to the health board to complain but had received only "
                 "an automated acknowledgement.", "written to the health board", "Derek Ashworth",
                 id="a-name-then-who-then-said"),
    # "Cllr" before a name makes "the councillor"
    pytest.param("Cllr Priya Randhawa put it bluntly: \"This company took public subsidy for years.\"\n\n\"I am not "
                 "going to pretend there is a pot of money,\" the councillor said.", "pot of money",
                 "Priya Randhawa", id="cllr-is-the-councillor"),
    # "after a pause:" says when, not who
    pytest.param("Peggy Fennimore will not say the name of the rival event out loud.\n\n\"We do not talk about "
                 "that,\" she said, when asked. Then, after a pause: \"They have got a sponsor. We have got Dennis in "
                 "a cardigan.\"", "got a sponsor", "Peggy Fennimore", id="after-a-pause-colon"),
    # a High Court judge is "Mr Justice ..."; the lede's "a judge" is the one named next
    pytest.param("Quarry firm liable for landslip, judge rules\n\nA quarry company was negligent when it let "
                 "blasting go on near the village, a High Court judge ruled on Monday.\n\nMr Justice Owain Trelawny "
                 "found that the firm had ignored its own surveys.\n\nThe judge said the company's records were "
                 "\"at best patchy\".", "at best patchy", "Owain Trelawny", id="the-judge-is-mr-justice"),
    pytest.param("Quarry firm liable for landslip, judge rules\n\nA quarry company was negligent when it let "
                 "blasting go on near the village, a High Court judge ruled on Monday.\n\nMr Justice Owain Trelawny "
                 "found that the firm had ignored its own surveys.", "was negligent", "Owain Trelawny",
                 id="the-ledes-judge-named-next"),
    # the head of a directorate is its chief
    pytest.param("Milan Horvat, head of the regional emergency directorate, spoke at the pithead.\n\n\"The roof "
                 "is still moving,\" the emergency chief said.", "roof is still moving", "Milan Horvat",
                 id="the-head-is-the-chief"),
    # the parse took "court" for the subject; the person is in apposition to the role after it
    pytest.param("Outside court, Amberley's mother, Denise Amberley, said the family felt \"relieved but angry\".",
                 "relieved but angry", "Denise Amberley", id="outside-court-a-role-then-the-name"),
    # a given name opening the sentence, which the parse did not join to the surname the NER found
    pytest.param("Rosalind Oosterhuis KC, for Rennick, put it bluntly in her closing submissions: \"This was not a freak "
                 "accident.\"\n\nOosterhuis said the centre had been warned.", "centre had been warned",
                 "Rosalind Oosterhuis", id="a-given-name-the-parse-left-out"),
    # the name in apposition to "The chair of the ..." that the parse hung on the organisation
    pytest.param("Party chair Odile Marchetti said the result was \"a warning\".\n\nThe chair of the Coastal Licensing "
                 "Board, Tomasz Wierzbicki, said the hearings had been \"fair to every applicant\" and would resume.",
                 "fair to every applicant", "Tomasz Wierzbicki", id="the-chair-of-a-board-then-the-name"),
    # a head of communications speaks for the firm: "the spokesman"
    pytest.param("Lantern Audio's head of communications, Bram Oyelaran, denied any delay.\n\nThe spokesman said "
                 "the chargers had passed every test before sale.", "passed every test", "Bram Oyelaran",
                 id="head-of-communications-is-the-spokesman"),
    # a nationality for one person: the one just named
    pytest.param("Wrexford manager Pieter Zwanenburg said he was pleased. \"She reads the game like nobody else,\" "
                 "the Dutchman told a news conference.", "reads the game", "Pieter Zwanenburg", id="the-dutchman"),
    # "Dame" is an honorific, not a name
    pytest.param("Dame Rosalind Achebe-Frost, who starred with him in 1988, said he had been \"a generous rival\".",
                 "a generous rival", "Rosalind Achebe-Frost", id="dame-is-no-name"),
    # "the playhouse": the one organisation the article names so
    pytest.param("The Ellery Playhouse was his home for forty years.\n\nThe playhouse said in a statement that it "
                 "would name its studio after him.", "name its studio", "Ellery Playhouse", id="the-playhouse"),
    # "it" after an organisation that was the last sentence's subject, not the one that spoke last
    pytest.param("Harbourside Athletic said it had agreed a fee with Sporting Calvaro.\n\nCalvaro rejected that "
                 "account. \"The club has honoured every deadline,\" it said in a statement.",
                 "honoured every deadline", "Sporting Calvaro", id="it-the-subject-before"),
    # "it" long after an organisation last spoke is not that organisation ("It read: ..." of a card)
    pytest.param("The Ellery Playhouse said it would name its studio after him.\n\n" + "He was born above a barber's "
                 "shop, left school at fifteen and swept the stage for three years before he was given a line. " * 9
                 + "\n\nOn Monday someone taped a card to the stage door. It read simply: \"Exit, pursued by "
                 "applause.\"", "pursued by applause", None, id="it-long-after-an-organisation"),
    # a police rank is a title, not part of the name, and "the chief superintendent" is its holder
    pytest.param("Chief Superintendent Amara Kowalski told reporters the gates had been locked.\n\n\"We asked "
                 "twice,\" the chief superintendent said.", "We asked twice", "Amara Kowalski",
                 id="the-chief-superintendent"),
    # "the expert": the analyst just named
    pytest.param("Energy economist Lidia Brennholt of the Institute for Trade doubted the timetable. \"Nobody lays a "
                 "pipe through a swamp in winter,\" the expert said.", "through a swamp", "Lidia Brennholt",
                 id="the-expert"),
    # "he" after the quotation opening its sentence: the one person the sentence before names
    pytest.param("«It is a scandal,» said the engineer Pavel Demin.\n\nThe visit of Governor Anton Orlov to Brask is "
                 "planned for March. «I will see the pipe with my own eyes,» he told journalists.",
                 "with my own eyes", "Anton Orlov", id="he-after-a-quote-the-one-named-before"),
    # translations: the role's "on ..." phrase, then the name; the name set in apposition to the place
    pytest.param("Deputy chairman of the regional government on questions of transport Irina Volkova informed that "
                 "the bridge would open in May.", "bridge would open", "Irina Volkova", id="role-on-questions-of-name"),
    pytest.param("Deputy of the City Duma of the region Marta Sokolova, who chairs the housing committee, wrote that "
                 "the tenants had waited long enough.\n\n«The money is gone,» the deputy added.", "money is gone",
                 "Marta Sokolova", id="the-deputy-of-the-duma"),
    # the organisation in apposition to "the regulator", and the regulator's chief
    pytest.param("The regulator, the Office for Rail Standards, said it had opened an inquiry.", "opened an inquiry",
                 "the Office for Rail Standards", id="the-regulator-then-its-name"),
    pytest.param("Its chief executive, Tomas Brandvold, told reporters the rules were clear.\n\nThe regulator's "
                 "chief added that other operators would be examined.", "other operators", "Tomas Brandvold",
                 id="the-regulators-chief"),
    # a surname's particle capitalised to open a sentence is the same name
    pytest.param("One member, Deputy Governor Pieter van Rensburg, preferred a smaller rise.\n\nVan Rensburg said "
                 "inflation had not yet peaked.", "not yet peaked", "Pieter van Rensburg", id="van-opening-a-sentence"),
    # a solicitor, a barrister, counsel: "the lawyer"
    pytest.param("The family's solicitor, Ravi Subramaniam, spoke outside.\n\nThe lawyer said the software had "
                 "worked \"as advertised\".", "as advertised", "Ravi Subramaniam", id="the-solicitor-is-the-lawyer"),
    # a rank written on the name's first word is a title "the lieutenant" finds
    pytest.param("Lieutenant Desmond Achterberg of the Harlow Creek Police Department defended his officers.\n\nBut "
                 "the lieutenant acknowledged that staff had not been told.", "had not been told",
                 "Desmond Achterberg", id="the-lieutenant"),
    # "he" after a subject whose relative clause speaks of a son is no clue to the subject's sex
    pytest.param("\"I got the balance wrong,\" said Principal Marisol Echeverria.\n\nKeiko Matsuda, whose "
                 "12-year-old son hid under a desk, said he had not slept since. \"He typed a message to me,\" she "
                 "said.", "typed a message", "Keiko Matsuda", id="whose-son-he"),
    # ... nor a subject whose own words speak of "her" ("Her deputy, ..., who will succeed her, said she ...")
    pytest.param("Amara Lindholm retires on Friday.\n\nHer deputy, Hiroshi Tanabe, who will succeed her in January, "
                 "said she had an aversion to rumours. \"She would hold the front page,\" he said.",
                 "hold the front page", "Hiroshi Tanabe", id="her-deputy-who-succeeds-her"),
    # "the company" after a sentence whose subject is the short form of a company's name
    pytest.param("The authority fined Meridian Pharmaceuticals and Aurelis Health.\n\nMeridian, which received the "
                 "largest fine, is expected to appeal. \"We reject the finding,\" the company said in a statement.",
                 "reject the finding", "Meridian Pharmaceuticals", id="the-company-after-its-short-name"),
    # a role right before a name the parse made another clause's subject
    pytest.param("According to the political scientist Armelle Kouassi-Dupré, professor at the Institute of Political "
                 "Studies of Lorvenne, the reshuffle \"changes the faces, not the course\".", "not the course",
                 "Armelle Kouassi-Dupré",
                 id="according-to-the-role-name"),
    # ... or set off by commas after the role's phrase, a lower-case rank before it
    pytest.param("According to the spokesman of the capital police, subcommissioner Marek Kulik, the march was "
                 "peaceful and no one was detained.", "march was peaceful", "Marek Kulik",
                 id="according-to-the-role-of-x-rank-name"),
    # a name given an age is a person's, though the NER took it for a place; a hyphenated given
    # name whose second part the parse split off is whole
    pytest.param("Others were less patient. Jae-won Park, 24, had spent a week's wages on tickets.\n\n\"It is not "
                 "her fault she is sick,\" Park said.", "not her fault", "Jae-won Park", id="a-name-given-an-age"),
    # a role of two capitalised words before a name is no part of the name
    pytest.param("Transport Minister Helena Vasquez-Thorne toured the terminal.\n\n\"Passengers deserve answers,\" "
                 "the minister said.", "deserve answers", "Helena Vasquez-Thorne", id="transport-minister-name"),
    # the head of an agency is its director
    pytest.param("The head of the civil protection agency, Adaeze Nwankwo, told a briefing the toll would rise.\n\n"
                 "The director was blunt: \"Someone will have to answer for that.\"", "have to answer",
                 "Adaeze Nwankwo", id="the-head-is-the-director"),
    # "who chairs the planning committee": the committee chair
    pytest.param("Councillor Abdul-Karim Mensah, who chairs the planning committee, sat at the top table.\n\nAsked "
                 "when the plan would reach his committee, the committee chair said he expected it \"no earlier than "
                 "March\".", "no earlier than", "Abdul-Karim Mensah", id="who-chairs-the-committee"),
    # "who is coordinating the rescue": the coordinator
    pytest.param("\"We have contact with nine of the men,\" said Ifeoma Adeyemi-Clarke, who is coordinating the "
                 "rescue for the mine rescue service.\n\n\"If we hurry, we could kill them,\" the coordinator said.",
                 "we could kill them", "Ifeoma Adeyemi-Clarke", id="who-is-coordinating-the-coordinator"),
    # a name closing a capitalised role's "for ..." phrase, which the NER missed, is a person's
    # name later mentions find; "the minister" is the one deputy minister
    pytest.param("Deputy Minister for Mineral Resources Katarzyna Holmqvist arrived at the site on Tuesday.\n\n"
                 "\"We will ask the hard questions afterwards,\" Holmqvist said.\n\n\"Every resource will be "
                 "used,\" the minister said.", "Every resource", "Katarzyna Holmqvist",
                 id="the-minister-of-the-one-deputy-minister"),
    # and a hyphenated surname closing it
    pytest.param("The city signalled it would not step in. Deputy Mayor for Culture Rhiannon Pryce-Evans told a radio "
                 "station that the council \"cannot write a blank cheque\".\n\n\"Not before there is a plan,\" she "
                 "added.", "Not before", "Rhiannon Pryce-Evans", id="a-hyphenated-name-closing-a-role"),
    # a first given name the NER left out, ending like a role ("-man"), is the name's
    pytest.param("On the quay, Abdirahman Yusuf Farah, 19, described the crossing. \"There were no seats,\" he told "
                 "reporters.", "no seats", "Abdirahman Yusuf Farah", id="a-given-name-ending-in-man"),
    # a hyphenated role after the name, which the parse split into three appositions
    pytest.param("\"We will not accept this as normal,\" said Professor Helena Christodoulou, the university's "
                 "vice-chancellor.\n\nThe vice-chancellor said the university would pay for hotel rooms.",
                 "pay for hotel rooms", "Helena Christodoulou", id="the-vice-chancellor"),
    # whose team a source is on says who it is
    pytest.param("\"I kept refreshing the channel,\" said a software engineer on the payments team.",
                 "kept refreshing", "a software engineer on the payments team", id="an-engineer-on-a-team"),
    # "the union president": the president of the union the article named
    pytest.param("The Harlow Teachers Union said it had not been consulted. Its president, Priya Venkat, called the "
                 "drill cruel.\n\n\"We want a binding policy,\" the union president said.", "binding policy",
                 "Priya Venkat", id="the-union-president"),
    # a spokesman described by whom he speaks for, before a relative clause
    pytest.param("A spokesman for the harbour board, who declined to be named, said ferries would keep running.",
                 "ferries would keep running", "a spokesman for the harbour board", id="a-spokesman-for-x-who"),
    # what a banner says is no one's statement the article names
    pytest.param("Banners strung along the fence read \"Hands off our harbour.\"", "Hands off our harbour", None,
                 id="banners-read"),
    pytest.param("Chants of \"Rest is safety, safety is life\" echoed through the terminal for much of the afternoon "
                 "as a small group of off-duty crew marched past the check-in desks.",
                 "safety is life", None, id="chants-of"),
    # a name given an age, which the parse hung on the place before it, is the subject "he" means
    pytest.param("\"Nobody told us,\" said Ines Okafor, a council officer.\n\nUpstream, in the hamlet of Brask, "
                 "Tobiah Wendell, 71, has farmed the valley since boyhood. \"My father drank from that stream,\" he "
                 "said.", "My father drank", "Tobiah Wendell", id="a-name-aged-after-a-place"),
])
def test_who_speaks_in_reports_of_every_kind(run, text, words, speaker):
    assert by_content(run(text), words).speaker == speaker
