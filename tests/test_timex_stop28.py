"""Stop 28: "a day later" counts from the last single day of the story, not from a year."""
from claimtrace import extract


def test_a_day_later_counts_from_the_last_day_not_from_a_year_named_since():
    text = ("On 22 November the cabinet suspended a clause of the 2018 Comprehensive Military "
            "Agreement. A day later, Pyongyang declared it would no longer be bound by it.")
    times = {t.value for t in extract(text, published="2023-11-28").times}
    assert "2023-11-23" in times and "2018-01-02" not in times


def test_counted_crosses_are_crosses():
    doc = extract("Dozens of simple wooden crosses mark the graves.", published="2024-01-01")
    assert [(q.value, q.counted) for q in doc.quantities] == [(24, "cross")]
