"""Korean morphology for the generator: particles by final consonant, and verb/adjective endings.

A Hangul syllable is 0xAC00 + (initial * 21 + vowel) * 28 + final, so endings are built by
taking a syllable apart and putting it back together.
"""

BASE = 0xAC00
A, AE, EO, E, YEO, O, WA, WAE, OE, U, WEO, EU, I = 0, 1, 4, 5, 6, 8, 9, 10, 11, 13, 14, 18, 20  # vowels  # noqa: E741 (jamo names)
YA, YAE = 2, 3
NIEUN, RIEUL, BIEUP, SSANGSIOT = 4, 8, 17, 20  # finals
FINALS = {"ㄴ": NIEUN, "ㄹ": RIEUL, "ㅂ": BIEUP}  # endings that start by closing the last syllable


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


def rieul_stem(stem: str, irregular: str = "") -> bool:
    """살다, 만들다, 알다: the ㄹ drops before ㄴ, ㅂ and ㅅ (산다, 삽니다, 사세요) and takes no 으."""
    return not irregular and split(stem[-1])[2] == RIEUL


def attach(base: str, ending: str) -> str:
    """base + ending, where an ending that starts with ㄴ, ㄹ or ㅂ closes the base's last syllable."""
    if ending[0] in FINALS:
        return base[:-1] + with_final(base[-1], FINALS[ending[0]]) + ending[1:]
    return base + ending


def eu_form(stem: str, irregular: str, ending: str) -> str:
    """Endings with a linking 으 after a consonant: -(으)ㄹ, -(으)ㄴ, -(으)세요, -(으)면, -(으)니까, -(으)ㅂ시다.

    먹 + ㄹ -> 먹을, 가 + ㄹ -> 갈, 살 + ㄴ -> 산 (ㄹ drops), 살 + 면 -> 살면, 듣 -> 들을 (ㄷ),
    춥 -> 추운 (ㅂ), 짓 -> 지을 (ㅅ), 빨갛 -> 빨간 (ㅎ).
    """
    head, last = stem[:-1], stem[-1]
    initial, vowel, final = split(last)
    if rieul_stem(stem, irregular):
        if ending == "ㄹ":
            return stem
        drops = ending[0] in "ㄴㅂ" or ending.startswith(("세", "시", "니"))
        return attach(head + join(initial, vowel) if drops else stem, ending)
    base = {
        "ㄷ": head + join(initial, vowel, RIEUL) + "으",
        "ㅂ": head + join(initial, vowel) + "우",
        "ㅅ": head + join(initial, vowel) + "으",
        "ㅎ": head + join(initial, vowel),
    }.get(irregular, stem + "으" if final else stem)
    return attach(base, ending)


def formal(stem: str, irregular: str = "") -> str:
    """-습니다 after a consonant, -ㅂ니다 after a vowel (ㄹ drops): 먹습니다, 갑니다, 삽니다, 듣습니다."""
    if rieul_stem(stem, irregular) or not split(stem[-1])[2]:
        return eu_form(stem, irregular, "ㅂ니다") if split(stem[-1])[2] else attach(stem, "ㅂ니다")
    return stem + "습니다"


def modifier(stem: str, irregular: str, adjective: bool) -> str:
    """The form before a noun, now: 큰 (개), 빨간, 귀여운, 맛있는; verbs: 자는, 먹는, 사는 (ㄹ drops)."""
    if adjective and not stem.endswith(("있", "없")):
        return eu_form(stem, irregular, "ㄴ")
    return (stem[:-1] + join(*split(stem[-1])[:2]) if rieul_stem(stem, irregular) else stem) + "는"


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
    if irregular == "ㅎ":  # 빨갛다 -> 빨개, 하얗다 -> 하얘, 그렇다 -> 그래
        return head + join(initial, {A: AE, YA: YAE, EO: AE}[vowel])
    if irregular == "ㅅ":  # 짓다 -> 지어, 낫다 -> 나아
        return head + join(initial, vowel) + ("아" if vowel in (A, O) else "어")
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
