from banan.graphemes import align, boundaries, graphemes


def test_conjuncts_are_one_cluster():
    assert graphemes("ক্ষমা") == ["ক্ষ", "মা"]
    assert boundaries("ক্ষমা") == [0, 3, 5]


def test_align_widens_to_cluster_boundaries():
    text = "উত্স আর  া"
    assert align(text, 1, 3) == (1, 4)  # ত্ is inside the cluster ত্স
    assert align(text, 9, 10) == (8, 10)  # a sign after a space clusters with the space
    assert align("ab\r\ncd", 2, 3) == (2, 4)  # CR LF is one cluster
    assert align("ab", 2, 2) == (2, 2)


def test_align_on_a_long_line_stays_local():
    text = "ক" * 10000 + " উত্স " + "খ" * 10000
    start = 10000 + 2
    assert align(text, start, start + 2) == (start, start + 3)
