"""Sentences the page offers as examples; training always includes them and the held-out set never does."""

EXAMPLES = [
    ("고양이가 잔다", "the cat sleeps"),
    ("고양이가 자요", "the cat sleeps"),
    ("고양이가 귀엽다", "the cat is cute"),
    ("나는 학생이다", "i am a student"),
    ("엄마가 사과를 먹었다", "mom ate an apple"),
    ("우리는 학교에 간다", "we go to school"),
    ("학생이 도서관에서 책을 읽는다", "the student reads a book at the library"),
    ("개가 공원에서 달리고 있다", "the dog is running in the park"),
    ("그는 커피를 안 마셔요", "he does not drink coffee"),
    ("할머니가 집에 있어요", "my grandmother is at home"),
    ("아이가 음악을 들었어요", "the child listened to music"),
    ("날씨가 추워요", "the weather is cold"),
]
