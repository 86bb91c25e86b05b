from pipeline.bench.cues import cue_share


def test_sentences_with_a_rule_word_are_counted_and_the_others_are_not() -> None:
    text = "Nanchang University signed an agreement. The weather was fine.\nIt rained."
    share = cue_share([text], "en")
    assert (share.pages, share.sentences, share.sentences_with_cue) == (1, 3, 1)
    assert share.characters_with_cue == len("Nanchang University signed an agreement.")


def test_chinese_cues_need_no_word_boundary() -> None:
    share = cue_share(["南昌大学与某校签署合作协议。天气晴朗。"], "zh")
    assert (share.sentences, share.sentences_with_cue) == (2, 1)
