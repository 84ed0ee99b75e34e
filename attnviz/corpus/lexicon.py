"""The generator's words: a few hundred of the most common beginner words, with what they may combine with.

Nouns carry a kind (person, animal, food, ...) so that verbs and adjectives only meet nouns they make
sense with: people read books, cats do not; apples are delicious, teachers are not.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Noun:
    ko: str
    en: str
    kind: str
    article: str = "a"  # "a" (a/an), "" for mass nouns and names, "the" for unique things
    plural: str = ""  # "students": after we/they are, and after like/love/hate
    plural_only: bool = False  # socks, glasses: "the socks are", never "a sock"


@dataclass(frozen=True)
class Place:
    ko: str
    en: str  # as a subject: "the park"
    to: str  # after go/come: "to the park", "home"
    at: str  # where something happens: "in the park", "at home"


@dataclass(frozen=True)
class Verb:
    ko: str  # stem: 자 for 자다
    en: str  # "sleep", or "sleep|sleeps|slept|sleeping" where English is irregular
    subjects: frozenset  # noun kinds that can do it
    objects: frozenset = frozenset()  # noun kinds it takes as 을/를 objects; empty: intransitive
    places: str = ""  # "에서": where it happens (optional), "에": where it goes or lives (always)
    motion: bool = False  # 가다, 오다: the place is a destination, "to the park"
    stative: bool = False  # like, see: no progressive in English ("is liking")
    generic: bool = False  # like, love, hate: countable objects in the plural, "likes apples"
    irregular: str = ""  # ㄷ, ㅂ, 르, ㅎ
    noun: str = ""  # for 공부하다-type verbs: negation splits them, 공부 안 한다


@dataclass(frozen=True)
class Adjective:
    ko: str
    en: str
    subjects: frozenset
    irregular: str = ""


def _nouns(kind: str, table: str, article: str = "a") -> list[Noun]:
    """'고양이 cat, 아이 child/children, 빵 bread/-, 양말 socks/pl, 라디오 radio/the' -> Nouns.

    /- marks a mass noun (no article), /pl a plural-only one, /the a unique thing.
    """
    nouns = []
    for item in table.split(","):
        ko, en = item.strip().split(" ", 1)
        en, _, plural = en.partition("/")
        if plural in ("-", "pl"):
            nouns.append(Noun(ko, en, kind, "", plural_only=plural == "pl"))
        elif plural == "the":
            nouns.append(Noun(ko, en, kind, "the"))
        else:
            nouns.append(Noun(ko, en, kind, article, plural or en + "s"))
    return nouns


NOUNS = (
    _nouns(
        "animal",
        "고양이 cat, 개 dog, 강아지 puppy, 새 bird, 말 horse, 소 cow, 돼지 pig, 토끼 rabbit, "
        "호랑이 tiger, 사자 lion, 곰 bear, 원숭이 monkey, 코끼리 elephant, 물고기 fish, 닭 chicken, "
        "쥐 mouse, 오리 duck, 양 sheep, 뱀 snake, 거북이 turtle, 여우 fox, 늑대 wolf, 기린 giraffe",
    )
    + _nouns(
        "person",
        "학생 student, 선생님 teacher, 아이 child/children, 아기 baby/babies, 남자 man/men, "
        "여자 woman/women, 소년 boy, 소녀 girl, 친구 friend, 의사 doctor, 간호사 nurse, "
        "요리사 cook, 경찰 police officer, 가수 singer, 농부 farmer, 작가 writer, 배우 actor, "
        "군인 soldier, 회사원 office worker, 어머니 mother, 아버지 father, 할머니 grandmother, "
        "할아버지 grandfather, 아들 son, 딸 daughter, 손님 guest, 사람 person/people, "
        "형 brother, 누나 sister, 언니 sister, 오빠 brother, 아내 wife/wives, "
        "남편 husband, 이웃 neighbor, 왕 king, 공주 princess/princesses",
    )
    + _nouns(
        "name",
        "엄마 mom/-, 아빠 dad/-, 민수 minsu/-, 영희 younghee/-, 철수 cheolsu/-, 지수 jisu/-, "
        "수진 sujin/-, 민준 minjun/-, 서연 seoyeon/-, 하나 hana/-",
    )
    + _nouns(
        "dish",
        "케이크 cake, 샌드위치 sandwich/sandwiches, 햄버거 hamburger, 떡 rice cake, 샐러드 salad, "
        "빵 bread/-, 밥 rice/-, 김치 kimchi/-, 피자 pizza/-, 라면 ramen/-, 과자 cookie, "
        "아이스크림 ice cream/-, 수프 soup/-, 초콜릿 chocolate/-, 국수 noodles/pl",
    )
    + _nouns(
        "produce",
        "사과 apple, 바나나 banana, 딸기 strawberry/strawberries, 오렌지 orange, 수박 watermelon, "
        "계란 egg, 고기 meat/-, 생선 fish/-, 치즈 cheese/-, 포도 grapes/pl, 감자 potato/potatoes, "
        "당근 carrot",
    )
    + _nouns(
        "drink",
        "물 water/-, 우유 milk/-, 커피 coffee/-, 차 tea/-, 주스 juice/-, 맥주 beer/-, 와인 wine/-, "
        "콜라 cola/-",
    )
    + _nouns("book", "책 book, 편지 letter, 소설 novel, 일기 diary/diaries")
    + _nouns("press", "신문 newspaper, 잡지 magazine")
    + _nouns(
        "thing",
        "공책 notebook, 연필 pencil, 펜 pen, 가방 bag, 컴퓨터 computer, 휴대폰 phone, 시계 watch/watches, "
        "우산 umbrella, 열쇠 key, 의자 chair, 책상 desk, 침대 bed, 공 ball, 꽃 flower, 사진 picture, "
        "선물 gift, 접시 plate, 컵 cup, 거울 mirror, 그림 painting, 카메라 camera, 인형 doll",
    )
    + _nouns("opening", "문 door, 창문 window, 상자 box/boxes, 냉장고 fridge")
    + _nouns(
        "clothes",
        "셔츠 shirt, 모자 hat, 코트 coat, 치마 skirt, 드레스 dress/dresses, 재킷 jacket, "
        "옷 clothes/pl, 신발 shoes/pl, 바지 pants/pl, 양말 socks/pl, 안경 glasses/pl",
    )
    + _nouns(
        "vehicle", "자동차 car, 버스 bus/buses, 기차 train, 택시 taxi, 비행기 airplane, 지하철 subway"
    )
    + _nouns("ride", "자전거 bicycle, 오토바이 motorcycle")
    + _nouns("show", "영화 movie, 드라마 drama, 텔레비전 tv/-")
    + _nouns("sound", "음악 music/-, 라디오 radio/the")
    + _nouns("song", "노래 song")
    + _nouns(
        "subject",
        "영어 english/-, 한국어 korean/-, 수학 math/-, 과학 science/-, 역사 history/-, "
        "일본어 japanese/-, 중국어 chinese/-, 미술 art/-",
    )
    + _nouns("weather", "날씨 weather/-")
    + _nouns("sky", "하늘 sky/the")
)
KINDS = {kind: [n for n in NOUNS if n.kind == kind] for kind in dict.fromkeys(n.kind for n in NOUNS)}
DEMONSTRATIVES = {
    "이것": "this",
    "그것": "it",
    "저것": "that",
}  # subjects of 이것은 사과다 -> this is an apple

# Pronouns: topic form, subject form (나 + 가 = 내가), object form, English subject, object, person.
PRONOUNS = [
    ("나는", "내가", "나를", "i", "me", 1),
    ("저는", "제가", "저를", "i", "me", 1),
    ("너는", "네가", "너를", "you", "you", 2),
    ("그는", "그가", "그를", "he", "him", 3),
    ("그녀는", "그녀가", "그녀를", "she", "her", 3),
    ("우리는", "우리가", "우리를", "we", "us", 4),
    ("그들은", "그들이", "그들을", "they", "them", 4),
]

PLACES = [
    Place(*row.split("|"))
    for row in [
        "학교|the school|to school|at school",
        "집|the house|home|at home",
        "공원|the park|to the park|in the park",
        "도서관|the library|to the library|at the library",
        "시장|the market|to the market|at the market",
        "식당|the restaurant|to the restaurant|at the restaurant",
        "회사|the office|to the office|at the office",
        "병원|the hospital|to the hospital|at the hospital",
        "가게|the store|to the store|at the store",
        "카페|the cafe|to the cafe|at the cafe",
        "바다|the sea|to the sea|at the sea",
        "산|the mountain|to the mountain|on the mountain",
        "교회|the church|to church|at church",
        "은행|the bank|to the bank|at the bank",
        "방|the room|to the room|in the room",
        "부엌|the kitchen|to the kitchen|in the kitchen",
        "서울|seoul|to seoul|in seoul",
        "부산|busan|to busan|in busan",
        "한국|korea|to korea|in korea",
        "미국|america|to america|in america",
        "일본|japan|to japan|in japan",
        "역|the station|to the station|at the station",
        "공항|the airport|to the airport|at the airport",
        "영화관|the cinema|to the cinema|at the cinema",
        "호텔|the hotel|to the hotel|at the hotel",
        "수영장|the pool|to the pool|in the pool",
        "정원|the garden|to the garden|in the garden",
        "동물원|the zoo|to the zoo|at the zoo",
        "해변|the beach|to the beach|on the beach",
        "교실|the classroom|to the classroom|in the classroom",
        "마을|the village|to the village|in the village",
        "강|the river|to the river|in the river",
        "숲|the forest|to the forest|in the forest",
    ]
]

HUMAN = frozenset({"person", "name", "pronoun"})
ANIMATE = HUMAN | {"animal"}
FOOD = frozenset({"dish", "produce"})  # dishes are made and cooked; produce is washed
EDIBLE = FOOD | {"drink"}
THINGS = frozenset({"thing", "book", "press", "opening", "clothes", "vehicle", "ride"})
READING = frozenset({"book", "press"})


def _set(*kinds) -> frozenset:
    return frozenset().union(*[k if isinstance(k, frozenset) else {k} for k in kinds])


VERBS = [
    # intransitive, optionally with where it happens (에서)
    Verb("자", "sleep|sleeps|slept|sleeping", ANIMATE, places="에서"),
    Verb("울", "cry|cries|cried|crying", ANIMATE, places="에서"),
    Verb("웃", "laugh", HUMAN, places="에서"),
    Verb("걷", "walk", ANIMATE, places="에서", irregular="ㄷ"),
    Verb("달리", "run|runs|ran|running", ANIMATE, places="에서"),
    Verb("놀", "play", ANIMATE, places="에서"),
    Verb("쉬", "rest", ANIMATE, places="에서"),
    Verb("일하", "work", HUMAN, places="에서", noun="일"),
    Verb("운동하", "exercise", HUMAN, places="에서", noun="운동"),
    Verb("수영하", "swim|swims|swam|swimming", ANIMATE, places="에서", noun="수영"),
    Verb("노래하", "sing|sings|sang|singing", HUMAN, places="에서", noun="노래"),
    Verb("춤추", "dance", HUMAN, places="에서"),
    Verb("먹", "eat|eats|ate|eating", ANIMATE, places="에서"),
    Verb("기다리", "wait", HUMAN, places="에서"),
    Verb("공부하", "study|studies|studied|studying", HUMAN, places="에서", noun="공부"),
    Verb("요리하", "cook", HUMAN, places="에서", noun="요리"),
    # going somewhere (에) and being or living somewhere
    Verb("가", "go|goes|went|going", ANIMATE, places="에", motion=True),
    Verb("오", "come|comes|came|coming", ANIMATE, places="에", motion=True),
    Verb("살", "live", ANIMATE, places="에"),
    # transitive
    Verb("먹", "eat|eats|ate|eating", ANIMATE, FOOD, "에서"),
    Verb("마시", "drink|drinks|drank|drinking", ANIMATE, _set("drink"), "에서"),
    Verb("읽", "read|reads|read|reading", HUMAN, READING, "에서"),
    Verb("쓰", "write|writes|wrote|writing", HUMAN, _set("book"), "에서"),
    Verb("보", "watch", HUMAN, _set("show"), "에서"),
    Verb(
        "보",
        "see|sees|saw|seeing",
        ANIMATE,
        _set("animal", "person", "name", "thing", "vehicle"),
        "에서",
        stative=True,
    ),
    Verb("듣", "listen to", HUMAN, _set("sound", "song"), "에서", irregular="ㄷ"),
    Verb("사", "buy|buys|bought|buying", HUMAN, _set(EDIBLE, "thing", READING, "clothes"), "에서"),
    Verb("팔", "sell|sells|sold|selling", HUMAN, _set(EDIBLE, "thing", READING, "clothes"), "에서"),
    Verb("만들", "make|makes|made|making", HUMAN, _set("dish", "thing"), "에서"),
    Verb("요리하", "cook", HUMAN, _set("dish"), "에서", noun="요리"),
    Verb(
        "좋아하",
        "like",
        ANIMATE,
        _set(EDIBLE, "animal", "person", "name", "thing", "show", "sound", "song", "subject"),
        stative=True,
        generic=True,
    ),
    Verb(
        "싫어하",
        "hate",
        ANIMATE,
        _set(EDIBLE, "animal", "person", "name", "show", "sound", "song", "subject"),
        stative=True,
        generic=True,
    ),
    Verb("사랑하", "love", HUMAN, _set("animal", "person", "name"), stative=True, generic=True),
    Verb("만나", "meet|meets|met|meeting", HUMAN, _set("person", "name"), "에서"),
    Verb("돕", "help", HUMAN, _set("person", "name"), "에서", irregular="ㅂ"),
    Verb("찾", "find|finds|found|finding", ANIMATE, _set("thing", READING, "animal", "person", "name")),
    Verb(
        "잃어버리",
        "lose|loses|lost|losing",
        HUMAN,
        _set("thing", READING, "clothes"),
        "에서",
        stative=True,
    ),
    Verb("열", "open", HUMAN, _set("opening")),
    Verb("닫", "close", HUMAN, _set("opening")),
    Verb("입", "wear|wears|wore|wearing", HUMAN, _set("clothes")),
    Verb("씻", "wash|washes|washed|washing", HUMAN, _set("produce", "vehicle")),
    Verb("배우", "learn", HUMAN, _set("subject"), "에서"),
    Verb("가르치", "teach|teaches|taught|teaching", HUMAN, _set("subject"), "에서"),
    Verb("공부하", "study|studies|studied|studying", HUMAN, _set("subject"), "에서", noun="공부"),
    Verb("부르", "sing|sings|sang|singing", HUMAN, _set("song"), "에서", irregular="르"),
    Verb("기다리", "wait for", HUMAN, _set("person", "name", "vehicle"), "에서"),
    Verb("그리", "draw|draws|drew|drawing", HUMAN, _set("animal", "person", "thing"), "에서"),
    Verb("보내", "send|sends|sent|sending", HUMAN, _set("book", "thing")),
    Verb("받", "get|gets|got|getting", HUMAN, _set("book", "thing")),
    Verb("타", "take|takes|took|taking", HUMAN, _set("vehicle")),
    Verb("타", "ride|rides|rode|riding", HUMAN, _set("ride")),
    Verb("청소하", "clean", HUMAN, places="에서", noun="청소"),
]

ADJECTIVES = [
    Adjective("귀엽", "cute", _set("animal", "person", "name"), "ㅂ"),
    Adjective("크", "big", _set("animal", THINGS, "place")),
    Adjective("작", "small", _set("animal", THINGS, "place")),
    Adjective("예쁘", "pretty", _set(HUMAN, "thing", "clothes", "place")),
    Adjective("맛있", "delicious", EDIBLE),
    Adjective("뜨겁", "hot", EDIBLE, "ㅂ"),
    Adjective("차갑", "cold", EDIBLE, "ㅂ"),
    Adjective("덥", "hot", _set("weather", "place"), "ㅂ"),
    Adjective("춥", "cold", _set("weather", "place"), "ㅂ"),
    Adjective("좋", "good", _set("weather", EDIBLE, "show", "sound", "song", THINGS)),
    Adjective("빠르", "fast", _set("animal", "vehicle"), "르"),
    Adjective("느리", "slow", _set("animal", "vehicle")),
    Adjective("바쁘", "busy", HUMAN),
    Adjective("행복하", "happy", ANIMATE),
    Adjective("슬프", "sad", ANIMATE),
    Adjective("피곤하", "tired", ANIMATE),
    Adjective("아프", "sick", ANIMATE),
    Adjective("배고프", "hungry", ANIMATE),
    Adjective("배부르", "full", ANIMATE, "르"),
    Adjective("졸리", "sleepy", ANIMATE),
    Adjective("친절하", "kind", HUMAN),
    Adjective("똑똑하", "smart", ANIMATE),
    Adjective("건강하", "healthy", ANIMATE),
    Adjective("심심하", "bored", HUMAN),
    Adjective("외롭", "lonely", ANIMATE, "ㅂ"),
    Adjective("무섭", "scary", _set("animal", "show"), "ㅂ"),
    Adjective("조용하", "quiet", _set(HUMAN, "place")),
    Adjective("시끄럽", "noisy", _set(ANIMATE, "place"), "ㅂ"),
    Adjective("깨끗하", "clean", _set(THINGS, "place")),
    Adjective("더럽", "dirty", _set(THINGS, "place", "animal"), "ㅂ"),
    Adjective("비싸", "expensive", _set(EDIBLE, THINGS)),
    Adjective("싸", "cheap", _set(EDIBLE, THINGS)),
    Adjective("무겁", "heavy", _set(THINGS, "animal"), "ㅂ"),
    Adjective("가볍", "light", _set("thing", READING, "clothes"), "ㅂ"),
    Adjective("어렵", "difficult", _set("subject"), "ㅂ"),
    Adjective("쉽", "easy", _set("subject"), "ㅂ"),
    Adjective("재미있", "interesting", _set("subject", "show", READING)),
    Adjective("달", "sweet", EDIBLE),
    Adjective("맵", "spicy", _set("dish"), "ㅂ"),
    Adjective("짜", "salty", _set("dish")),
    Adjective("빨갛", "red", _set("produce", "thing", "clothes", "vehicle"), "ㅎ"),
    Adjective("파랗", "blue", _set("sky", "thing", "clothes", "vehicle"), "ㅎ"),
    Adjective("하얗", "white", _set("animal", "thing", "clothes", "vehicle"), "ㅎ"),
    Adjective("까맣", "black", _set("animal", "thing", "clothes", "vehicle"), "ㅎ"),
    Adjective("노랗", "yellow", _set("produce", "thing", "clothes", "vehicle"), "ㅎ"),
]

# Copula complements: 나는 학생이다 -> i am a student; 이것은 사과다 -> this is an apple.
JOBS = [
    n
    for n in KINDS["person"]
    if n.en
    not in (
        "person",
        "mother",
        "father",
        "son",
        "daughter",
        "wife",
        "husband",
        "brother",
        "sister",
        "guest",
    )
]
