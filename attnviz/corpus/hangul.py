"""Korean morphology for the generator: particles by final consonant, and verb/adjective endings.

A Hangul syllable is 0xAC00 + (initial * 21 + vowel) * 28 + final, so endings are built by
taking a syllable apart and putting it back together.
"""

BASE = 0xAC00
A, AE, EO, E, YEO, O, WA, WAE, OE, U, WEO, EU, I = 0, 1, 4, 5, 6, 8, 9, 10, 11, 13, 14, 18, 20  # vowels  # noqa: E741 (jamo names)
YA, YAE = 2, 3
NIEUN, RIEUL, SSANGSIOT = 4, 8, 20  # finals


def split(syllable: str) -> tuple[int, int, int]:
    code = ord(syllable) - BASE
    return code // 588, (code % 588) // 28, code % 28


def join(initial: int, vowel: int, final: int = 0) -> str:
    return chr(BASE + (initial * 21 + vowel) * 28 + final)


def with_final(syllable: str, final: int) -> str:
    initial, vowel, _ = split(syllable)
    return join(initial, vowel, final)


def has_final(word: str) -> bool:
    """True when the last syllable ends in a consonant (받침): 학생 yes, 고양이 no."""
    last = word[-1]
    return "가" <= last <= "힣" and split(last)[2] != 0


def particle(word: str, after_consonant: str, after_vowel: str) -> str:
    """이/가, 은/는, 을/를, 과/와, 이다/다 ... chosen by the final consonant."""
    return word + (after_consonant if has_final(word) else after_vowel)


def plain_present(stem: str, adjective: bool) -> str:
    """잔다, 먹는다, 산다 (ㄹ drops), 한다; adjectives keep the dictionary form: 귀엽다."""
    if adjective:
        return stem + "다"
    last = stem[-1]
    final = split(last)[2]
    if final in (0, RIEUL):  # 자 -> 잔다; ㄹ drops: 살 -> 산다
        return stem[:-1] + with_final(last, NIEUN) + "다"
    return stem + "는다"


def infinitive(stem: str, irregular: str = "") -> str:
    """The -아/-어 form the polite and past endings attach to: 자, 먹어, 해, 들어, 도와, 몰라, 빨개."""
    head, last = stem[:-1], stem[-1]
    initial, vowel, final = split(last)
    if last == "하":
        return head + "해"
    if irregular == "ㄷ":  # 듣다 -> 들어, 걷다 -> 걸어
        return head + join(initial, vowel, RIEUL) + ("아" if vowel in (A, O) else "어")
    if irregular == "ㅂ":  # 춥다 -> 추워; only 돕다 and 곱다 take 와
        return head + join(initial, vowel) + ("와" if stem in ("돕", "곱") else "워")
    if irregular == "르":  # 모르다 -> 몰라, 부르다 -> 불러
        before = head[-1]
        bright = split(before)[1] in (A, O)
        return head[:-1] + with_final(before, RIEUL) + ("라" if bright else "러")
    if irregular == "ㅎ":  # 빨갛다 -> 빨개, 하얗다 -> 하얘
        return head + join(initial, {A: AE, YA: YAE, EO: E}[vowel])
    bright = vowel in (A, O, YA)
    if final:
        return stem + ("아" if bright else "어")
    if vowel == EU:  # 크다 -> 커, 바쁘다 -> 바빠: ㅡ drops, the syllable before decides 아/어
        bright = bool(head) and split(head[-1])[1] in (A, O)
        return head + join(initial, A if bright else EO)
    contracted = {A: A, EO: EO, YEO: YEO, AE: AE, E: E, O: WA, U: WEO, I: YEO, OE: WAE}
    if vowel in contracted:  # 자 -> 자, 보 -> 봐, 주 -> 줘, 마시 -> 마셔, 되 -> 돼
        return head + join(initial, contracted[vowel])
    return stem + "어"  # 쉬다 -> 쉬어


def past_stem(stem: str, irregular: str = "") -> str:
    """잤, 먹었, 했: the infinitive with ㅆ added."""
    inf = infinitive(stem, irregular)
    return inf[:-1] + with_final(inf[-1], SSANGSIOT)
