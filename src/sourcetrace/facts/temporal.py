"""Time expressions resolved to date ranges against a report's publication date.

Reports date events relative to the day they were written ("on Monday", "last year") or to
a date given just before ("a month earlier", "in December that same year"). The relative
logic lives here once; absolute dates and the common relative words go to dateparser.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateparser.date import DateDataParser

DAY, MONTH, YEAR, RANGE = "day", "month", "year", "range"

_MONTH_NAMES = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTH_NAMES |= {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
_MONTH_NAMES["sept"] = 9
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3}
_UNITS = r"(day|week|month|year)s?"

# Detection: the expressions this module resolves, longest first; one regex scans a sentence.
EXPRESSION = re.compile(
    r"\b(?:"
    rf"(?:early|mid|late|the (?:beginning|start|middle|end) of)[- ]{_MONTH}(?:,? \d{{4}})?"
    rf"|(?:early|mid|late)[- ]\d{{4}}"
    rf"|\d{{1,2}}(?: and | to |[-–])\d{{1,2}} {_MONTH}(?:,? \d{{4}})?"
    rf"|{_MONTH} \d{{1,2}}(?: and | to |[-–])\d{{1,2}}(?:,? \d{{4}})?"
    rf"|{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?(?! ?(?:\d|%|per))"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH}(?:,? \d{{4}})?"
    rf"|(?:last )?{_MONTH}(?:,? (?:of )?\d{{4}}| (?:that|the) (?:same )?year| last year| this year)?"
    r"|\d{4}-\d{2}-\d{2}"
    r"|(?<![\d,.$€£])(?:1[89]|20)\d{2}(?!\d|%|,\d)(?! (?:people|persons|men|women|children|migrants))"
    rf"|(?:last|this|on|next|early|late) {_WEEKDAY}|{_WEEKDAY}(?: (?:morning|afternoon|evening|night))?"
    r"|yesterday|today|tonight|this (?:morning|afternoon|evening)"
    r"|(?:last|this|the previous|the following|the next|that|the same|that same) (?:week|month|year|weekend)"
    r"|(?:in |over )?(?:the )?(?:recent|past|last) (?:few |several )?(?:days|weeks|months)"
    r"|earlier this (?:week|month|year)"
    r"|(?:that|the same) (?:night|evening|morning|afternoon|day)|the (?:previous|next) (?:evening|night)"
    r"|(?:less than |more than |about |some )?(?:an|one|two|three|a few|several) hours? (?:later|earlier)"
    rf"|(?<!for )(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few) {_UNITS} "
    r"(?:ago|earlier|later|before|after)"
    r"|the (?:next|following|previous) (?:day|morning|week|month|year)"
    r")\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateValue:
    start: date
    end: date
    precision: str   # day, month, year, range

    def overlaps(self, other: DateValue, slack_days: int = 0) -> bool:
        return self.start - timedelta(slack_days) <= other.end and other.start - timedelta(slack_days) <= self.end

    def contains(self, other: DateValue) -> bool:
        return self.start <= other.start and other.end <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def label(self) -> str:
        """One string per value: 2019-04-28, 2019-04, 2019, or 2019-04-01/2019-04-10."""
        if self.precision == DAY:
            return self.start.isoformat()
        if self.precision == MONTH:
            return self.start.isoformat()[:7]
        if self.precision == YEAR:
            return str(self.start.year)
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


def day(value: date) -> DateValue:
    return DateValue(value, value, DAY)


def month(year: int, number: int) -> DateValue:
    return DateValue(date(year, number, 1), date(year, number, calendar.monthrange(year, number)[1]), MONTH)


def year(number: int) -> DateValue:
    return DateValue(date(number, 1, 1), date(number, 12, 31), YEAR)


def span(start: date, end: date) -> DateValue:
    return day(start) if start == end else DateValue(start, end, RANGE)


def resolve(expression: str, published: date | None, anchor: DateValue | None = None) -> DateValue | None:
    """The range an expression names, or None when it cannot be pinned down.

    ``anchor`` is the last date the text stated before the expression: "a month earlier"
    and "that same year" count from it. Without a publication date, only expressions that
    carry their own year resolve.
    """
    text = " ".join(expression.lower().replace("’", "'").split())
    text = re.sub(r"^(?:in|on|at|since|by|during|from|of|the)\s+(?=\S)", "", text)
    for rule in (_days_of_month, _part_of_month, _part_of_year, _anchored, _weekday, _recent, _calendar_relative):
        value = rule(text, published, anchor)
        if value is not None:
            return value
    return _absolute(text, published)


def _days_of_month(text: str, published: date | None, anchor: DateValue | None) -> DateValue | None:
    """"10 and 11 February", "February 10-11, 2024": a span of days."""
    match = re.fullmatch(rf"(\d{{1,2}})(?: and | to |[-–])(\d{{1,2}}) ({_MONTH})(?:,? (\d{{4}}))?", text) or \
        re.fullmatch(rf"({_MONTH}) (\d{{1,2}})(?: and | to |[-–])(\d{{1,2}})(?:,? (\d{{4}}))?", text)
    if not match:
        return None
    groups = match.groups()
    if groups[0].isdigit():
        first, last, name, year_text = groups
    else:
        name, first, last, year_text = groups
    number = _MONTH_NAMES[name.rstrip(".")]
    year_number = int(year_text) if year_text else _year_for_month(number, published, anchor)
    if year_number is None or not 1 <= int(first) < int(last) <= calendar.monthrange(year_number, number)[1]:
        return None
    return span(date(year_number, number, int(first)), date(year_number, number, int(last)))


def _part_of_month(text: str, published: date | None, anchor: DateValue | None) -> DateValue | None:
    match = re.fullmatch(rf"(early|mid|late|(?:the )?(?:beginning|start|middle|end) of)[- ]({_MONTH})(?:,? (\d{{4}}))?",
                         text)
    if not match:
        return None
    number = _MONTH_NAMES[match.group(2).rstrip(".")]
    year_number = int(match.group(3)) if match.group(3) else _year_for_month(number, published, anchor)
    if year_number is None:
        return None
    last = calendar.monthrange(year_number, number)[1]
    part = match.group(1)
    first_day, last_day = (1, 10) if part in ("early",) or "beginning" in part or "start" in part else \
        (11, 20) if part == "mid" or "middle" in part else (21, last)
    return span(date(year_number, number, first_day), date(year_number, number, last_day))


def _part_of_year(text: str, published: date | None, anchor: DateValue | None) -> DateValue | None:
    match = re.fullmatch(r"(early|mid|late)[- ](\d{4})", text)
    if not match:
        return None
    number = int(match.group(2))
    months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[match.group(1)]
    return span(date(number, months[0], 1), date(number, months[1], calendar.monthrange(number, months[1])[1]))


def _anchored(text: str, published: date | None, anchor: DateValue | None) -> DateValue | None:
    """Expressions that count from the date stated before them."""
    match = re.fullmatch(rf"({_MONTH}) (?:that|the) (?:same )?year", text)
    if match:
        return month(anchor.start.year, _MONTH_NAMES[match.group(1).rstrip(".")]) if anchor else None
    if text in ("that year", "the same year", "same year", "that same year"):
        return year(anchor.start.year) if anchor else None
    if text in ("that month", "the same month", "same month", "that same month"):
        return month(anchor.start.year, anchor.start.month) if anchor and anchor.precision != YEAR else None
    if re.fullmatch(r"(?:that|the same) (?:night|evening|morning|afternoon|day)|.*hours? (?:later|earlier)", text):
        return anchor if anchor is not None and anchor.precision == DAY else None
    if text in ("the previous evening", "the previous night"):
        return _shift(anchor, "day", -1) if anchor is not None and anchor.precision == DAY else None
    if text in ("the next evening", "the next night"):
        return _shift(anchor, "day", 1) if anchor is not None and anchor.precision == DAY else None
    match = re.fullmatch(rf"(\d+|[a-z]+(?: few)?) {_UNITS} (earlier|later|before|after)", text)
    if match:
        base = anchor or (day(published) if published else None)
        amount = _NUMBER_WORDS.get(match.group(1).replace("a few", "few")) if not match.group(1).isdigit() \
            else int(match.group(1))
        if base is None or amount is None:
            return None
        sign = -1 if match.group(3) in ("earlier", "before") else 1
        if anchor is None and sign > 0:
            return None   # "Four months after the shipwreck, families wait": counted from an event, not today
        return _shift(base, match.group(2), sign * amount)
    match = re.fullmatch(r"(?:next|following|previous) (day|morning|week|month|year)", text)
    if match and anchor:
        unit = "day" if match.group(1) == "morning" else match.group(1)
        step = -1 if text.startswith("previous") else 1
        if unit == "year":   # "the following year" names a year, whatever the date before it
            return year(anchor.start.year + step)
        if unit == "month":
            return _shift(month(anchor.start.year, anchor.start.month), "month", step)
        return _shift(anchor, unit, step)
    return None


def _shift(base: DateValue, unit: str, amount: int) -> DateValue:
    """Move a date by whole units, keeping its precision where the unit allows."""
    if unit in ("month", "year"):
        months = amount * (12 if unit == "year" else 1)
        index = base.start.year * 12 + base.start.month - 1 + months
        target_year, target_month = divmod(index, 12)
        if base.precision == YEAR or (unit == "year" and base.precision not in (DAY, MONTH)):
            return year(target_year)   # "a year later" than April 2016 is April 2017; than 2016, 2017
        if base.precision == DAY:
            last = calendar.monthrange(target_year, target_month + 1)[1]
            return day(date(target_year, target_month + 1, min(base.start.day, last)))
        return month(target_year, target_month + 1)
    delta = timedelta(days=amount * (7 if unit == "week" else 1))
    if base.precision == DAY:
        return day(base.start + delta)
    if base.precision == MONTH and abs(delta.days) < 7:   # "released three days later" than November: November
        moved = base.start + delta
        return month(moved.year, moved.month)
    return span(base.start + delta, base.end + delta)


def _weekday(text: str, published: date | None, anchor: DateValue | None) -> DateValue | None:
    match = re.fullmatch(rf"(?:(last|this|on|next|early|late) )?({_WEEKDAY})(?: (?:morning|afternoon|evening|night))?",
                         text)
    if not match or published is None:
        return None
    if match.group(1) == "next":
        return None
    target = list(calendar.day_name).index(match.group(2).capitalize())
    back = (published.weekday() - target) % 7 or 7
    return day(published - timedelta(days=back))


def _recent(text: str, published: date | None, anchor: DateValue | None) -> DateValue | None:
    if published is None:
        return None
    match = re.fullmatch(r"(?:in |over )?(?:the )?(?:recent|past|last) (?:few |several )?(days|weeks|months)", text)
    if match:
        back = {"days": 7, "weeks": 28, "months": 90}[match.group(1)]
        return span(published - timedelta(days=back), published)
    if text in ("last week", "the previous week"):
        return span(published - timedelta(days=7), published - timedelta(days=1))
    if text == "last weekend":
        saturday = published - timedelta(days=(published.weekday() - 5) % 7 or 7)
        return span(saturday, saturday + timedelta(days=1))
    if text in ("earlier this week", "this week"):
        return span(published - timedelta(days=published.weekday()), published)
    if text == "earlier this month":
        return span(published.replace(day=1), published)
    if text == "earlier this year":
        return span(date(published.year, 1, 1), published)
    if text in ("tonight", "this morning", "this afternoon", "this evening"):
        return day(published)
    return None


def _calendar_relative(text: str, published: date | None, anchor: DateValue | None) -> DateValue | None:
    if published is None:
        return None
    if text in ("this year",):
        return year(published.year)
    if text in ("last year", "the previous year"):
        return year(published.year - 1)
    if text in ("this month",):
        return month(published.year, published.month)
    if text in ("last month", "the previous month"):
        return _shift(month(published.year, published.month), "month", -1)
    match = re.fullmatch(rf"({_MONTH}) (last|this) year", text)
    if match:   # "in April last year", "in March this year"
        return month(published.year - (match.group(2) == "last"), _MONTH_NAMES[match.group(1).rstrip(".")])
    match = re.fullmatch(rf"last ({_MONTH})", text)
    if match:   # "last April": the latest April before the month of publication
        number = _MONTH_NAMES[match.group(1).rstrip(".")]
        return month(published.year - (number >= published.month), number)
    return None


def _absolute(text: str, published: date | None) -> DateValue | None:
    has_year = re.search(r"\b(1[89]|20)\d{2}\b", text) is not None
    if published is None and not has_year:
        return None
    parsed = _parse(text, published)
    if parsed is None:
        return None
    value, period = parsed
    if period == "day":
        return day(value)
    if period == "week":
        return span(value, value + timedelta(days=6))
    if period == "month":
        return month(value.year, value.month)
    if period == "year":
        return year(value.year)
    return None


@lru_cache(maxsize=65536)
def _parse(text: str, published: date | None) -> tuple[date, str] | None:
    if re.fullmatch(r"\d{4}", text):
        return (date(int(text), 1, 1), "year") if 1800 <= int(text) <= 2100 else None
    base = datetime.combine(published, datetime.min.time()) if published else datetime(2000, 1, 1)
    data = _parser(base).get_date_data(text)
    if data.date_obj is None:
        return None
    found = data.date_obj.date()
    if published and found > published:
        return None
    return found, data.period


@lru_cache(maxsize=512)
def _parser(base: datetime) -> DateDataParser:
    return DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past",
                                                      "PREFER_DAY_OF_MONTH": "first"})


def _year_for_month(number: int, published: date | None, anchor: DateValue | None) -> int | None:
    if published is None:
        return anchor.start.year if anchor else None
    return published.year if number <= published.month else published.year - 1
