from claimtrace.evaluation.gate import breaches, direction


def test_direction_of_metrics():
    assert direction("geoparsing.gwn_all_acc161") == 1
    assert direction("geoparsing.gwn_all_median_km") == -1
    assert direction("geoparsing.gwn_all_n_geocoded") == 0
    assert direction("actors.tune.n") == 0


def test_breaches_respect_direction():
    assert breaches(0.80, 0.81, "x.recall")
    assert not breaches(0.81, 0.81, "x.recall")
    assert breaches(3.5, 3.0, "x.median_km")
    assert not breaches(2.0, 3.0, "x.median_km")
    assert not breaches(5, 1, "x.n")
