"""Every word the page shows, in Korean (the lecture's language) and in English.

Both dictionaries have the same keys (a test checks it); `{name}` fields are filled with str.format.
The lesson's own stage names (EMBEDDING, ENCODER, ...) stay as the lesson writes them in both.
"""

import re

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!<>|~:$])")
# Streamlit's Markdown turns www., http(s):// and e-mail addresses into links even when escaped; an
# invisible word joiner inside www and after : and @ keeps them text.
_LINK_PARTS = re.compile(r"([:@])")
_WWW = re.compile(r"(w)(ww\.)", re.IGNORECASE)
WORD_JOINER = "\u2060"

LANGUAGES = {"ko": "한국어", "en": "English"}
DEFAULT_LANGUAGE = "ko"
# Each attention's score, as the page writes it (model.py computes it); none has no score.
SCORES = {"bahdanau": "score = V·tanh(W1·query + W2·key)", "luong": "score = query · (W·key)"}

_KO = {
    # page
    "title": "어텐션 메커니즘: 번역을 한 단계씩",
    "presentation": "발표 모드",
    "presentation_help": "1024×768 프로젝터용: 큰 글씨, 한 화면에 한 단계. "
    "←/→, PageUp/PageDown (프레젠터), Space로 넘깁니다.",
    # input
    "sentence": "한국어 문장",
    "sentence_help": "단어는 띄어쓰기로 나뉩니다. 모델이 모르는 단어는 <unk>가 됩니다.",
    "examples": "예문",
    "reference": "참조 번역 (티처 포싱, 선택)",
    "reference_help": "영어 문장을 넣으면 모델의 선택 대신 이 단어들을 디코더에 넣고, 그때의 어텐션을 보여 줍니다.",
    "reference_placeholder": "영어 문장 (비워 두면 모델이 스스로 번역합니다)",
    "forced_banner": "티처 포싱: 참조 번역 “{reference}”를 디코더에 넣었을 때의 어텐션입니다. "
    "모델 스스로의 번역: “{greedy}”",
    # model facts and downloads
    "facts": "모델 정보",
    "fact": "항목",
    "value": "값",
    "fact_embedding_dim": "임베딩 차원",
    "fact_units": "LSTM 유닛 (인코더·디코더)",
    "fact_attention_units": "어텐션 유닛 (W1, W2)",
    "fact_max_source_len": "입력 최대 길이 (토큰)",
    "fact_max_target_len": "출력 최대 길이 (토큰)",
    "fact_source_vocab": "한국어 단어 사전 크기",
    "fact_target_vocab": "영어 단어 사전 크기",
    "fact_parameters": "파라미터 수",
    "fact_generated_exact_match": "생성 문장 정확도 (보류 세트)",
    "fact_tatoeba_bleu": "Tatoeba BLEU (보류 세트)",
    "fact_tatoeba_bleu_beam": "Tatoeba BLEU, 빔 서치 (너비 4, 길이 페널티 1)",
    "fact_tatoeba_chrf": "Tatoeba chrF (보류 세트)",
    "metrics_missing": "평가 결과(models/{model}/metrics.json)가 아직 없습니다: 모델이 학습 중입니다.",
    "downloads": "내려받기",
    "download_json": "트레이스 JSON",
    "download_alignment": "정렬 행렬 CSV",
    "download_softmax": "softmax 표 CSV",
    "png_hint": "그래프 오른쪽 위의 카메라 아이콘으로 PNG를 내려받을 수 있습니다.",
    # problems with the input
    "error_empty": "문장이 비어 있습니다. 예: 고양이가 잔다",
    "error_too_long": "단어가 {words}개입니다. 이 모델은 최대 {limit}개 단어까지 받습니다.",
    "error_not_korean": "한국어 문장을 입력해 주세요: “{text}”에는 한글이 없습니다.",
    "error_reference_too_long": "참조 번역이 {words}단어입니다. 디코더는 <end> 전에 최대 {limit}단어까지 씁니다.",
    "error_input": "입력을 처리할 수 없습니다: {message}",
    "error_model": "모델을 불러올 수 없습니다: {message}",
    "unknown_words": "모델이 모르는 단어 (<unk>로 바뀜): {words}",
    "suggestions": "“{word}” 대신: {suggestions}",
    "no_suggestions": "“{word}”와 비슷한 단어가 사전에 없습니다",
    "reference_unknown": "영어 사전에 없는 단어 (<unk>로 바뀜): {words}",
    # stages, in the lesson's order and with its names
    "stage_preprocessing": "전처리·토큰화",
    "stage_embedding": "EMBEDDING",
    "stage_encoder": "ENCODER",
    "stage_attention": "ATTENTION",
    "stage_decoder": "DECODER",
    "stage_alignment": "정렬 행렬",
    "about_preprocessing": "문장 양끝에 <start>, <end>를 붙이고, 단어를 사전의 번호로 바꾼 뒤 "
    "최대 길이 {length}까지 <pad>(0)로 채웁니다. mask는 진짜 토큰에서만 True입니다.",
    "about_embedding": "각 번호를 {dim}차원 벡터로 바꿉니다 (숫자 → 벡터).",
    "about_encoder": "LSTM이 토큰을 하나씩 읽으며 hidden state h_t와 cell state c_t({units}차원)를 만듭니다. "
    "디코더는 <end>에서의 h, c로 시작합니다. 패딩에서는 마지막 상태가 그대로 이어지고 마스킹됩니다.",
    "about_attention": "{word}를 만들기 위해 어디를 봐야 하나? {score} → "
    "softmax → 가중치 → context = Σ 가중치 × h",
    "about_decoder": "[임베딩 {dim} ; context {units}] = {width}차원 → LSTM → Dense({vocab}) → softmax → "
    "가장 높은 확률의 단어",
    "about_alignment": "단계가 진행될수록 한 줄씩 채워집니다: "
    "각 영어 단어를 만들 때 각 한국어 토큰에 준 어텐션 가중치.",
    # stepping
    "step": "디코더 단계",
    "step_caption": "단계 {step}/{total}: 입력 {input} → 출력 {output}",
    "previous": "이전",
    "next": "다음",
    "play": "재생",
    "pause": "일시정지",
    # the presentation's navigator: short stage names
    "stage_nav": "수업 단계",
    "short_preprocessing": "전처리·토큰화",
    "short_embedding": "EMBEDDING",
    "short_encoder": "ENCODER",
    "short_attention": "ATTENTION",
    "short_decoder": "DECODER",
    "short_alignment": "정렬 행렬",
    "stage_step": "{stage} · 단계 {step}/{total}",
    # preprocessing
    "input_line": "입력",
    "ids_line": "정수 시퀀스",
    "preprocessed": "전처리",
    "token": "토큰",
    "id": "번호",
    "mask": "mask",
    # embedding and encoder
    "dimension": "차원",
    "embedding_title": "임베딩 결과: 토큰 × {dim}차원",
    "encoder_h_title": "인코더 hidden state h_t: 토큰 × {units}차원",
    "encoder_c_title": "인코더 cell state c_t: 토큰 × {units}차원",
    "encoder_tab_h": "hidden state h_t",
    "encoder_tab_c": "cell state c_t",
    "encoder_tab_step": "타임스텝 하나",
    "timestep": "타임스텝",
    "encoder_step_title": "타임스텝 {t}: LSTM(입력_t{t}, h{prev}, c{prev}) → h{t}, c{t}",
    "encoder_step_input": "입력_t{t} ({token}의 임베딩)",
    # attention
    "attention_tab_softmax": "score → 가중치",
    "attention_tab_query_keys": "query · keys",
    "attention_tab_context": "context vector",
    "score": "score",
    "weight": "가중치 = exp ÷ Σ",
    "weights_title": "어텐션 가중치: 단계 {step}의 “{word}”",
    "query_keys_title": "query (디코더 h) 와 keys (인코더 h_t)",
    "query": "query = 디코더 h",
    "key": "key {token}",
    "context_title": "context = Σ 가중치 × h",
    "weighted_key": "{weight} × h({token})",
    "context": "context",
    "source_token": "한국어 토큰",
    # decoder
    "decoder_tab_choice": "단어 선택",
    "decoder_tab_lstm": "LSTM 벡터",
    "top_k_title": "확률이 가장 높은 단어들 (softmax)",
    "probability": "확률",
    "logit": "logit",
    "word": "단어",
    "chosen": "선택된 단어: {word}",
    "forced_choice": "참조 번역의 단어 “{word}”를 넣었습니다 (모델의 1순위: “{best}”).",
    "so_far": "지금까지의 번역",
    "decoder_lstm_title": "디코더 LSTM: [임베딩 {dim} ; context {units}] → h, c",
    "lstm_input": "LSTM 입력 ({width}차원)",
    "embedding_part": "임베딩 {token}",
    "previous_h": "이전 h",
    "previous_c": "이전 c",
    "new_h": "새 h",
    "new_c": "새 c",
    # alignment
    "alignment_title": "정렬 행렬: 영어 출력 × 한국어 입력",
    "output_token": "영어 출력",
    "not_yet": "{step}: …",
    # settings, link notes and limits
    "settings": "설정",
    "reveal": "전체 번역 보기",
    "reveal_help": "끄면 지금 단계까지 나온 단어만 보입니다: 다음 단어를 함께 맞혀 볼 수 있습니다.",
    "speed": "재생 속도 (초/단계)",
    "weights_scale": "0–1 고정",
    "weights_scale_note": "어텐션 가중치는 언제나 0–1 고정 눈금으로 칠합니다: 행렬마다 눈금을 늘리지 않고 (작은 차이가 "
    "커 보이지 않게), 임계값으로 감추는 값도 없습니다.",
    "reference_check": "내 번역과 모델의 번역",
    "your_word": "넣은 단어",
    "your_probability": "모델이 준 확률",
    "model_word": "모델이 고른 단어",
    "model_probability": "그 확률",
    "agrees": "일치",
    "reference_check_help": "각 단계에서 참조 번역의 단어를 디코더에 넣기 직전, 모델이 그 단어에 준 확률과 "
    "가장 높은 확률을 준 단어입니다. ✗ 표시된 줄은 모델이 다른 단어를 골랐을 단계입니다.",
    "compare_title": "두 문장 비교",
    "compare_first": "첫 문장",
    "compare_second": "둘째 문장",
    "compare_placeholder": "둘째 한국어 문장을 쓰거나, 첫 문장을 한 곳만 바꿔 보세요.",
    "change_particle": "은/는 ↔ 이/가",
    "change_order": "어순 바꾸기",
    "change_same_kind": "같은 종류의 다른 단어",
    "compare_caption": "두 정렬 행렬은 같은 0–1 고정 눈금입니다. 주황색과 * 표시는 두 문장에서 다른 단어입니다. "
    "‘같은 종류의 다른 단어’는 학습 어휘에서 같은 종류(동물, 음식 …)의 명사로 바꿉니다.",
    "download_html": "수업 전체 HTML (오프라인)",
    "offline_hint": "HTML 파일 하나에 모든 단계와 단계 슬라이더가 들어 있고, 인터넷 없이 (USB, 슬라이드) 열립니다. "
    "단계별 PNG 묶음은 제공하지 않습니다: Plotly의 이미지 변환(kaleido)에는 Chrome이 필요한데 Streamlit "
    "Community Cloud에는 없습니다.",
    "predict": "예측 후 공개",
    "predict_help": "각 단계를 보여 주기 전에, 어텐션을 가장 많이 받을 한국어 단어와 다음 영어 단어를 먼저 "
    "맞혀 봅니다. 숫자 키 1–9로 고르고, → / PageDown / Space는 추측 없이 공개합니다.",
    "predict_ask_attention": "단계 {step}: 디코더가 “{input}”를 읽었습니다. "
    "어느 한국어 단어가 어텐션을 가장 많이 받을까요?",
    "predict_ask_word": "단계 {step}: 다음 영어 단어는 무엇일까요? (모델의 후보 5개, 순서는 섞었습니다)",
    "predict_skip": "추측 없이 공개",
    "predict_guess": "추측: “{word}” ({value})",
    "predict_model_attention": "모델: “{word}”에 가장 많은 어텐션 (가중치 {value})",
    "predict_model_word": "모델: “{word}” (확률 {value})",
    "predict_title_attention": "어텐션 가중치 (▼ 추측, 빨강 = 가장 큼)",
    "palette": "색",
    "palette_standard": "기본",
    "palette_colourblind": "색각 이상 친화",
    "palette_contrast": "고대비 (프로젝터)",
    "not_explanation": "주의: 어텐션 가중치는 설명이 아닙니다",
    "not_explanation_body": "가중치가 큰 단어가 번역의 '이유'라고 단정할 수는 없습니다. 어텐션을 다른 곳으로 "
    "옮겨도 결과가 그대로인 모델이 많고 (Jain & Wallace), 반대로 어텐션이 정말 중요한 경우도 있으며 "
    "(Wiegreffe & Pinter), 예측은 그대로 두고 어텐션만 조작해 사람을 속일 수도 있습니다 (Pruthi 외). "
    "이 모델로 직접 확인해 보세요: 한 단계의 어텐션을 모두 다른 단어에 고정합니다.",
    "pin_demo": "“{sentence}” {step}단계 (“{word}”): 모델은 “{looked}”를 봅니다 (가중치 {weight}). "
    "어텐션을 “{pinned}”에 고정하면 “{own}” → “{after}”: {verdict}",
    "pin_same": "**번역이 그대로입니다.**",
    "pin_changed": "**번역이 바뀝니다.**",
    "not_explanation_sources": "Jain & Wallace (2019), Attention is not Explanation, NAACL · Wiegreffe & "
    "Pinter (2019), Attention is not not Explanation, EMNLP · Pruthi 외 (2020), Learning to Deceive with "
    "Attention-Based Explanations, ACL",
    # DECODER: temperature and sampling (sampling.py)
    "decoder_tab_temperature": "온도와 샘플링",
    "temperature": "온도 T",
    "temperature_title": "softmax(logits / T): 모델의 확률 (T = 1) 옆에",
    "model_own": "모델 (T = 1)",
    "tempered": "T = {t}",
    "temperature_greedy": "T가 작을수록 분포가 뾰족해지고, 클수록 평평해집니다. 샘플링하지 않으면 단어는 그대로 "
    "argmax입니다: T로 나눠도 순서는 바뀌지 않습니다.",
    "sample": "샘플링",
    "sample_help": "각 단어를 softmax(logits / T)에서 뽑습니다. 시드가 같으면 같은 단어가 뽑힙니다 (링크에 저장).",
    "sample_clear": "argmax로 돌아가기",
    "sampled": "T = {t}, 시드 {seed}로 뽑은 번역 (같은 시드 → 같은 단어): {words}",
    "sampled_ended": "뽑은 번역은 {steps}단계에서 끝났습니다: 마지막 단계를 보여 줍니다.",
    "sample_forced": "티처 포싱에서는 모든 단어가 주어지므로 뽑을 단어가 없습니다.",
    "note_temperature": "링크의 온도 “{value}”는 쓸 수 없습니다 ({options}): T = 1로 보여 줍니다.",
    "note_seed": "링크의 시드 “{value}”는 0 이상의 정수가 아닙니다: 샘플링하지 않습니다.",
    "note_step": "링크의 단계 {value}는 이 번역에 없습니다 (1–{total}): 단계 {step}을 보여 줍니다.",
    "note_step_not_number": "링크의 단계 “{value}”는 숫자가 아닙니다: 단계 1부터 보여 줍니다.",
    "note_lang": "링크의 언어 “{value}”를 모릅니다 (ko, en): 한국어로 보여 줍니다.",
    "note_stage": "링크의 수업 단계 “{value}”를 모릅니다 ({stages}): 첫 단계부터 보여 줍니다.",
    "note_flag": "링크의 {name}=“{value}”는 true/false가 아닙니다: 꺼 둡니다.",
    "length_limit": "디코더가 최대 길이({limit}단계)에 닿아 <end> 없이 멈췄습니다: 번역이 잘렸을 수 있습니다.",
    "punctuation_dropped": "모델은 최대 {limit}토큰을 받으므로 문장부호를 빼고 번역합니다.",
    # Trace.doubt: the translation may be wrong (unknown words and the length limit have their own notes)
    "doubt_badge": "틀릴 수 있음",
    "doubt_rare_words": "이 번역은 틀릴 수 있습니다: 모델이 학습 때 거의 보지 못한 단어가 있습니다 ({words}).",
    "doubt_low_confidence": "이 번역은 틀릴 수 있습니다: 모델이 확신하지 못합니다 "
    "(고른 단어 중 가장 낮은 확률 {probability}).",
    # the stable softmax and the lookup
    "score_minus_max": "score − max",
    "exp_shifted": "exp(score − max)",
    "softmax_caption": "exp를 취하기 전에 가장 큰 score (max = {max})를 빼도 가중치는 같고, 수가 커지지 않습니다. "
    "exp와 가중치는 소수 {digits}자리로 반올림하고 각 열의 합이 Σ와 맞도록 마지막 자리를 맞췄습니다 "
    "(그보다 작은 값은 2.3e-07처럼 씁니다).",
    "argmax_line": "argmax(확률) = {id} → 영어 사전[{id}] = “{word}”",
    "shape": "형태",
    "encoder_shape": "[배치, 시퀀스, units]",
    "numbers_tab": "숫자와 형태",
    # what-ifs (lesson page)
    "choose_word": "만약 이 단어를 골랐다면? (막대를 눌러도 됩니다)",
    "what_if_choice": "만약: “{word}”를 골랐다고 정했습니다 (모델의 1순위: “{best}”).",
    "pin_label": "만약 한 단어만 봤다면",
    "pin_none": "어텐션: 모델이 계산한 대로",
    "pin_option": "만약 “{token}”만 봤다면",
    "pinned_step": "만약: 이 단계의 어텐션을 모두 “{token}”에 두었습니다. score는 모델이 계산한 값이고, "
    "가중치는 softmax 대신 “{token}”에만 1입니다 (context = 그 토큰의 h).",
    "pinned_weight": "고정한 가중치",
    "own_translation": "모델의 번역",
    "what_if": "만약 {change}",
    "what_if_prefix": "처음 {count}단어가 “{words}”였다면",
    "what_if_pin": "단계 {step}에서 “{token}”만 봤다면",
    "undo": "모델의 선택으로 되돌리기",
    "what_if_refused": "링크의 “만약”(prefix “{prefix}”, pin “{pin}”)을 이 문장에 쓸 수 없습니다: pin의 토큰은 "
    "1–{tokens}, 단계는 번역이 닿는 곳까지이고, prefix는 출력 최대 길이보다 짧아야 합니다. 모델의 번역을 보여 줍니다.",
    "note_pin": "링크의 pin=“{value}”를 읽을 수 없습니다 (예: pin=2:3, 단계 2에서 토큰 3만 보기): 빼고 보여 줍니다.",
    "note_what_if_reference": "참조 번역이 있으면 “만약”(prefix, pin)은 쓰지 않습니다: 참조 번역을 보여 줍니다.",
    "note_width": "링크의 빔 너비 “{value}”는 쓸 수 없습니다 ({options}): 기본값을 씁니다.",
    "note_penalty": "링크의 길이 보정 “{value}”는 쓸 수 없습니다 ({options}): 0을 씁니다.",
    # the beam page
    "page_lesson": "수업",
    "page_beam": "빔 서치",
    "page_compare": "두 문장 비교",
    "beam_about": "탐욕적 디코딩은 단계마다 1순위 단어 하나만 씁니다. 빔 서치는 단계마다 누적 로그 확률 "
    "log P(지금까지의 단어들)가 가장 높은 부분 번역 {width}개를 남기고, 나머지는 버립니다(회색). "
    "<end>로 끝난 번역은 빔을 떠나 완성됩니다. 너비 1은 수업 페이지의 번역과 같습니다.",
    "beam_width": "빔 너비",
    "beam_width_help": "단계마다 남기는 부분 번역의 수 (1 = 탐욕적 디코딩)",
    "length_penalty": "길이 보정",
    "length_penalty_help": "0: 로그 확률 그대로. 1: 단어 수로 나눈 값. 최종 순위만 바꾸고, 탐색은 바꾸지 않습니다.",
    "length_penalty_note": "길이 보정 {penalty}: 점수 = log P ÷ 길이^{penalty}. 완성된 번역의 최종 순위만 바꾸며, "
    "빔에 무엇이 남는지(탐색)는 바꾸지 않습니다.",
    "beam_tree_title": "빔 서치 트리: 단어와 누적 log P (회색 = 버려짐, 초록 = 완성)",
    "beam_step": "디코더 단계",
    "beam_rank": "순위",
    "status_kept": "빔에 남음",
    "status_finished": "완성 (<end>)",
    "status_pruned": "버려짐",
    "node_hover": "{word}<br>log P(단어) = {log_prob}<br>누적 log P = {cumulative}<br>{status}",
    "nbest": "최종 후보 (점수 순)",
    "hypothesis": "번역",
    "log_prob": "log P",
    "beam_score": "점수",
    "length": "토큰 수",
    "pick": "어텐션을 볼 번역",
    "picked_finished": "“{words}”: 이 번역을 디코더에 넣었을 때의 어텐션 (티처 포싱), log P = {log_prob}",
    "picked_partial": "“{words}” (단계 {step}, {status}, 누적 log P = {cumulative}): 여기까지 넣고 "
    "이어서 탐욕적으로 번역한 “{translation}”의 어텐션",
    "unfinished": "(길이 제한으로 <end> 없이 멈춤)",
    # the learning page
    "page_learning": "어텐션 학습 과정",
    "learning_about": "학습하면서 에포크마다 기록한, 고정된 예문의 어텐션입니다. 참조 번역을 디코더에 넣어(티처 포싱) "
    "행과 열이 늘 같으므로, 슬라이더를 움직이면 같은 그림이 에포크마다 어떻게 바뀌는지 봅니다: 어느 영어 단어가 언제 "
    "자기 한국어 단어를 찾는지, 어느 단어가 <start>를 계속 보는지.",
    "learning_averaged": "다른 페이지가 쓰는 모델은 마지막 {epochs}개 에포크 가중치의 평균이라, 여기 보이는 어느 "
    "한 에포크와도 똑같지 않습니다: 번역이 조금 다를 수 있습니다.",
    "learning_missing": "이 모델의 학습 기록({path})이 아직 없거나 읽을 수 없습니다. "
    "모델을 학습하면(python -m attnviz.corpus.train) 에포크마다 기록됩니다. 다른 페이지는 그대로 쓸 수 있습니다.",
    "learning_no_attention": "이 모델에는 지켜볼 어텐션이 없습니다: 디코더는 인코더의 마지막 상태에서 출발할 뿐 "
    "한국어 문장을 다시 보지 않으므로 정렬 행렬이 없습니다. 에포크별 손실만 보여 줍니다.",
    "watched": "학습 중 기록한 문장",
    "epoch": "에포크",
    "epoch_help": "모델이 학습 데이터를 한 번 다 본 것이 에포크 하나입니다.",
    "epoch_alignment_title": "에포크 {epoch}의 정렬 행렬: 영어 출력 × 한국어 입력",
    "loss": "학습 손실",
    "held_out_loss": "보류 세트 손실",
    "loss_axis": "손실 (교차 엔트로피)",
    "loss_title": "에포크별 손실",
    "epoch_losses": "에포크 {epoch}/{total}: 학습 손실 {loss}, 보류 세트(Tatoeba) 손실 {held_out}",
    "epoch_translation": "이 에포크의 번역 (탐욕적 디코딩): “{translation}”",
    "epoch_reference": "참조 번역: “{reference}”",
    "note_watched": "링크의 문장 “{value}”는 학습 중 기록되지 않았습니다: 첫 문장을 보여 줍니다.",
    "note_epoch": "링크의 에포크 {value}는 기록에 없습니다 (1–{total}): 에포크 {epoch}를 보여 줍니다.",
    "note_epoch_not_number": "링크의 에포크 “{value}”는 숫자가 아닙니다: 에포크 1부터 보여 줍니다.",
    # the model switch, and a model without attention (lesson page)
    "model": "모델",
    "model_help": "같은 데이터로 똑같이 학습한 세 모델: Bahdanau(더하기) 어텐션, Luong(곱하기) 어텐션, 어텐션 없음.",
    "model_bahdanau": "Bahdanau",
    "model_luong": "Luong",
    "model_none": "어텐션 없음",
    "fact_attention": "어텐션",
    "note_model": "링크의 모델 “{value}”를 모릅니다 ({options}): Bahdanau 모델로 보여 줍니다.",
    "no_attention": "**이 모델에는 어텐션이 없습니다.** 디코더는 단계마다 이전 단어 “{input}”의 임베딩({dim}차원)만 "
    "읽습니다. 한국어 문장에 대해 아는 것은 처음에 받은 인코더의 마지막 상태 h, c({units}차원) 하나뿐입니다: 문장이 "
    "아무리 길어도 이 벡터 하나에 눌러 담아야 하는 병목입니다. 어텐션은 바로 이 병목을 풀려고 만들어졌습니다 "
    "(Bahdanau 외, 2015): 단계마다 인코더의 모든 h_t를 다시 보게 합니다. 모델을 Bahdanau나 Luong으로 바꾸면 이 "
    "단계의 가중치와 context가 보이고, ‘세 모델’ 페이지는 같은 문장의 세 번역과 길이별 BLEU를 나란히 보여 줍니다.",
    "no_alignment": "어텐션이 없으므로 정렬 행렬도 없습니다: 디코더는 어떤 한국어 단어도 따로 보지 않습니다.",
    "about_decoder_none": "임베딩 {dim} → LSTM → Dense({vocab}) → softmax → 가장 높은 확률의 단어 "
    "(어텐션이 없어 context가 없습니다)",
    "decoder_lstm_title_none": "디코더 LSTM: 임베딩 {dim} → h, c",
    "pin_no_attention": "이 모델에는 어텐션이 없어서 “한 단어만 봤다면”(pin)을 뺐습니다.",
    "downloads_no_attention": "어텐션이 없는 모델에는 정렬 행렬과 softmax 표가 없습니다.",
    "page_uses_bahdanau": "이 페이지는 Bahdanau 모델을 씁니다 (수업 페이지에서 고른 모델: {model}).",
    # the three models page
    "page_models": "세 모델",
    "models_about": "같은 문장을 세 모델로 번역합니다. 정렬 행렬은 모두 같은 0–1 고정 눈금입니다.",
    "column_alignment_title": "{model}: 정렬 행렬",
    "nothing_to_align": "어텐션 없음: 정렬할 것이 없습니다. 디코더는 인코더의 마지막 상태 하나만 받습니다.",
    "model_unavailable": "{model} 모델을 불러올 수 없습니다: {message}",
    "bleu_title": "원문 길이별 BLEU (보류 세트)",
    "bleu_length": "한국어 원문 단어 수",
    "bleu_hover": "{model} · {length}단어: BLEU {bleu} ({pairs}문장)",
    "your_sentence": "내 문장: {words}단어",
    "bleu_missing": "{model}: 아직 길이별 BLEU가 없습니다 (models/{kind}/metrics.json).",
    "bleu_unlike": "이 모델들은 같은 데이터로 학습되지 않았습니다 (생성 문장 버전: {versions}). "
    "차이가 어텐션 때문만은 아닙니다.",
    "bleu_about": "세 모델을 같은 보류 문장(Tatoeba 보류 세트와 따로 둔 문장)으로 잰 BLEU를 원문 길이별로 나눴습니다. "
    "Bahdanau 외(2015, 그림 2)는 어텐션이 없는 모델이 긴 문장에서 무너지는 것을 이 그래프로 보였습니다. 구간마다 "
    "문장 수가 달라서 (점 위에 마우스를 올리면 보입니다), 문장이 적은 구간의 값은 더 흔들립니다.",
}

_EN = {
    "title": "The attention mechanism, one step at a time",
    "presentation": "Presentation mode",
    "presentation_help": "For a 1024×768 projector: large type, one stage per screen. ←/→, PageUp/PageDown (clickers) "
    "and Space move on.",
    "sentence": "Korean sentence",
    "sentence_help": "Words are split at spaces. Words the model does not know become <unk>.",
    "examples": "Examples",
    "reference": "Reference translation (teacher forcing, optional)",
    "reference_help": "With an English sentence here, the decoder is fed these words instead of its own "
    "choices, and the page shows that attention.",
    "reference_placeholder": "English words (empty: the model translates by itself)",
    "forced_banner": "Teacher forcing: the attention while the decoder is fed “{reference}”. "
    "The model's own translation: “{greedy}”",
    "facts": "About the model",
    "fact": "Item",
    "value": "Value",
    "fact_embedding_dim": "Embedding dimension",
    "fact_units": "LSTM units (encoder, decoder)",
    "fact_attention_units": "Attention units (W1, W2)",
    "fact_max_source_len": "Longest input (tokens)",
    "fact_max_target_len": "Longest output (tokens)",
    "fact_source_vocab": "Korean vocabulary size",
    "fact_target_vocab": "English vocabulary size",
    "fact_parameters": "Parameters",
    "fact_generated_exact_match": "Generated sentences exactly right (held out)",
    "fact_tatoeba_bleu": "Tatoeba BLEU (held out)",
    "fact_tatoeba_bleu_beam": "Tatoeba BLEU, beam search (width 4, length penalty 1)",
    "fact_tatoeba_chrf": "Tatoeba chrF (held out)",
    "metrics_missing": "No evaluation yet (models/{model}/metrics.json): the model is still training.",
    "downloads": "Downloads",
    "download_json": "Trace JSON",
    "download_alignment": "Alignment matrix CSV",
    "download_softmax": "Softmax tables CSV",
    "png_hint": "Each chart's camera icon (top right) downloads it as a PNG.",
    "error_empty": "The sentence is empty. Try: 고양이가 잔다",
    "error_too_long": "The sentence has {words} words; this model takes at most {limit}.",
    "error_not_korean": "Please type a Korean sentence: “{text}” has no Hangul in it.",
    "error_reference_too_long": "The reference has {words} words; the decoder writes at most {limit} before <end>.",
    "error_input": "The input cannot be used: {message}",
    "error_model": "The model could not be loaded: {message}",
    "unknown_words": "Words the model does not know (they became <unk>): {words}",
    "suggestions": "Instead of “{word}”: {suggestions}",
    "no_suggestions": "No known word looks like “{word}”",
    "reference_unknown": "Words not in the English vocabulary (they became <unk>): {words}",
    "stage_preprocessing": "Preprocessing · tokens (전처리·토큰화)",
    "stage_embedding": "EMBEDDING",
    "stage_encoder": "ENCODER",
    "stage_attention": "ATTENTION",
    "stage_decoder": "DECODER",
    "stage_alignment": "Alignment matrix",
    "about_preprocessing": "<start> and <end> wrap the sentence, each word becomes its number in the "
    "vocabulary, and <pad> (0) fills up to the longest input, {length}. "
    "The mask is True at real tokens only.",
    "about_embedding": "Each number becomes a vector of {dim} numbers (number → vector).",
    "about_encoder": "The LSTM reads one token at a time and makes a hidden state h_t and a cell state c_t "
    "({units} numbers each). The decoder starts from h, c at <end>. Over padding the last "
    "state is carried on and masked.",
    "about_attention": "Where should the model look to write {word}? {score} → "
    "softmax → weights → context = Σ weight × h",
    "about_decoder": "[embedding {dim} ; context {units}] = {width} numbers → LSTM → Dense({vocab}) → "
    "softmax → the most probable word",
    "about_alignment": "Fills in one row per step: the attention each English word gave each Korean token.",
    "step": "Decoder step",
    "step_caption": "Step {step}/{total}: input {input} → output {output}",
    "previous": "Previous",
    "next": "Next",
    "play": "Play",
    "pause": "Pause",
    "stage_nav": "Lesson stage",
    "short_preprocessing": "Tokens",
    "short_embedding": "EMBEDDING",
    "short_encoder": "ENCODER",
    "short_attention": "ATTENTION",
    "short_decoder": "DECODER",
    "short_alignment": "Alignment",
    "stage_step": "{stage} · step {step}/{total}",
    "input_line": "input",
    "ids_line": "ids",
    "preprocessed": "preprocessed",
    "token": "Token",
    "id": "Id",
    "mask": "mask",
    "dimension": "Dimension",
    "embedding_title": "Embeddings: tokens × {dim} dimensions",
    "encoder_h_title": "Encoder hidden states h_t: tokens × {units}",
    "encoder_c_title": "Encoder cell states c_t: tokens × {units}",
    "encoder_tab_h": "hidden states h_t",
    "encoder_tab_c": "cell states c_t",
    "encoder_tab_step": "One timestep",
    "timestep": "Timestep",
    "encoder_step_title": "Timestep {t}: LSTM(input_t{t}, h{prev}, c{prev}) → h{t}, c{t}",
    "encoder_step_input": "input_t{t} (embedding of {token})",
    "attention_tab_softmax": "score → weight",
    "attention_tab_query_keys": "query · keys",
    "attention_tab_context": "context vector",
    "score": "score",
    "weight": "weight = exp ÷ Σ",
    "weights_title": "Attention weights at step {step}, writing “{word}”",
    "query_keys_title": "query (decoder h) and keys (encoder h_t)",
    "query": "query = decoder h",
    "key": "key {token}",
    "context_title": "context = Σ weight × h",
    "weighted_key": "{weight} × h({token})",
    "context": "context",
    "source_token": "Korean token",
    "decoder_tab_choice": "Choosing the word",
    "decoder_tab_lstm": "LSTM vectors",
    "top_k_title": "The most probable words (softmax)",
    "probability": "Probability",
    "logit": "logit",
    "word": "Word",
    "chosen": "Chosen word: {word}",
    "forced_choice": "The reference's word “{word}” was fed in (the model's first choice: “{best}”).",
    "so_far": "Translation so far",
    "decoder_lstm_title": "Decoder LSTM: [embedding {dim} ; context {units}] → h, c",
    "lstm_input": "LSTM input ({width} numbers)",
    "embedding_part": "embedding of {token}",
    "previous_h": "previous h",
    "previous_c": "previous c",
    "new_h": "new h",
    "new_c": "new c",
    "alignment_title": "Alignment matrix: English output × Korean input",
    "output_token": "English output",
    "not_yet": "{step}: …",
    "settings": "Settings",
    "reveal": "Show the whole translation",
    "reveal_help": "Off: only the words written up to this step are shown, so the class can guess the next one.",
    "speed": "Play speed (seconds per step)",
    "weights_scale": "fixed 0–1",
    "weights_scale_note": "Attention weights are always coloured on the fixed 0–1 scale: never stretched to a "
    "matrix's own range (which makes small differences look large), and no value is hidden by a threshold.",
    "reference_check": "Your translation vs the model's",
    "your_word": "Your word",
    "your_probability": "Model's probability for it",
    "model_word": "Model's choice",
    "model_probability": "Its probability",
    "agrees": "Same",
    "reference_check_help": "At each step, before your word is fed to the decoder: the probability the model "
    "gave it, and the word it gave the highest probability. Rows marked ✗ are where the model would "
    "have chosen another word.",
    "compare_title": "Two sentences side by side",
    "compare_first": "First sentence",
    "compare_second": "Second sentence",
    "compare_placeholder": "Write a second Korean sentence, or change one thing in the first.",
    "change_particle": "은/는 ↔ 이/가",
    "change_order": "Swap word order",
    "change_same_kind": "Another word of its kind",
    "compare_caption": "Both alignment matrices use the same fixed 0–1 scale. Orange and * mark the words that "
    "differ between the two. ‘Another word of its kind’ swaps a noun for one of the same kind (animal, "
    "food …) from the training vocabulary.",
    "download_html": "The whole lesson as HTML (offline)",
    "offline_hint": "One HTML file with every step and a step slider; it opens without internet (USB stick, "
    "slides). Numbered PNG frames are not offered: Plotly's image export (kaleido) needs a Chrome, which "
    "Streamlit Community Cloud does not have.",
    "predict": "Predict, then reveal",
    "predict_help": "Before each step is shown, the class guesses the Korean word that gets the most attention, "
    "then the next English word. Keys 1–9 choose; → / PageDown / Space reveal without a guess.",
    "predict_ask_attention": "Step {step}: the decoder has read “{input}”. Which Korean word gets the most attention?",
    "predict_ask_word": "Step {step}: which English word comes next? (the model's 5 candidates, shuffled)",
    "predict_skip": "Reveal without a guess",
    "predict_guess": "Guess: “{word}” ({value})",
    "predict_model_attention": "Model: most attention on “{word}” (weight {value})",
    "predict_model_word": "Model: “{word}” (probability {value})",
    "predict_title_attention": "Attention weights (▼ guess, red = largest)",
    "palette": "Colours",
    "palette_standard": "Standard",
    "palette_colourblind": "Colour-blind safe",
    "palette_contrast": "High contrast (projector)",
    "not_explanation": "Caution: attention weights are not an explanation",
    "not_explanation_body": "A word with a large weight is not necessarily the reason for the translation. In "
    "many models the attention can be moved elsewhere without changing the output (Jain & Wallace); in "
    "others it does matter (Wiegreffe & Pinter); and attention can be manipulated to fool people while "
    "the predictions stay the same (Pruthi et al.). Try it on this model: all of one step's attention is "
    "pinned on another word.",
    "pin_demo": "“{sentence}”, step {step} (“{word}”): the model looks at “{looked}” (weight {weight}). "
    "Pinned on “{pinned}”: “{own}” → “{after}”: {verdict}",
    "pin_same": "**the translation stays the same.**",
    "pin_changed": "**the translation changes.**",
    "not_explanation_sources": "Jain & Wallace (2019), Attention is not Explanation, NAACL · Wiegreffe & "
    "Pinter (2019), Attention is not not Explanation, EMNLP · Pruthi et al. (2020), Learning to Deceive "
    "with Attention-Based Explanations, ACL",
    "decoder_tab_temperature": "Temperature and sampling",
    "temperature": "Temperature T",
    "temperature_title": "softmax(logits / T) beside the model's own (T = 1)",
    "model_own": "model (T = 1)",
    "tempered": "T = {t}",
    "temperature_greedy": "A smaller T makes the distribution sharper, a larger one flatter. Without sampling the "
    "word is still the argmax: dividing by T does not change the order.",
    "sample": "Sample",
    "sample_help": "Draw each word from softmax(logits / T). The same seed draws the same words (it is in the link).",
    "sample_clear": "Back to argmax",
    "sampled": "Sampled at T = {t} with seed {seed} (same seed → same words): {words}",
    "sampled_ended": "The sampled translation ended at step {steps}: showing its last step.",
    "sample_forced": "Under teacher forcing every word is given: there is nothing to draw.",
    "note_temperature": "The link's temperature “{value}” cannot be used ({options}): showing T = 1.",
    "note_seed": "The link's seed “{value}” is not a whole number ≥ 0: not sampling.",
    "note_step": "The link's step {value} is not in this translation (1–{total}): showing step {step}.",
    "note_step_not_number": "The link's step “{value}” is not a number: starting at step 1.",
    "note_lang": "The link's language “{value}” is unknown (ko, en): showing Korean.",
    "note_stage": "The link's stage “{value}” is unknown ({stages}): starting at the first stage.",
    "note_flag": "The link's {name}=“{value}” is not true/false: left off.",
    "length_limit": "The decoder reached its length limit ({limit} steps) without <end>: the translation "
    "may be cut short.",
    "punctuation_dropped": "The model takes at most {limit} tokens, so the punctuation is left out.",
    "doubt_badge": "may be wrong",
    "doubt_rare_words": "This translation may be wrong: the model rarely saw these words in training "
    "({words}).",
    "doubt_low_confidence": "This translation may be wrong: the model is unsure (the lowest probability "
    "of a word it chose: {probability}).",
    "score_minus_max": "score − max",
    "exp_shifted": "exp(score − max)",
    "softmax_caption": "Subtracting the largest score (max = {max}) before exp leaves the weights the same and "
    "keeps the numbers small. exp and the weights are rounded to {digits} decimals, the last digit "
    "adjusted so each column adds up to its Σ (smaller values are written like 2.3e-07).",
    "argmax_line": "argmax(probabilities) = {id} → English vocabulary[{id}] = “{word}”",
    "shape": "shape",
    "encoder_shape": "[batch, sequence, units]",
    "numbers_tab": "Numbers and shapes",
    "choose_word": "What if it had chosen (or click a bar)",
    "what_if_choice": "What if: “{word}” was chosen for it (the model's first choice: “{best}”).",
    "pin_label": "What if it attended only to",
    "pin_none": "Attention: as the model computed it",
    "pin_option": "What if only “{token}”",
    "pinned_step": "What if: all attention at this step goes to “{token}”. The scores are the model's; "
    "the weights are not its softmax but 1 at “{token}” only (context = that token's h).",
    "pinned_weight": "pinned weight",
    "own_translation": "The model's translation",
    "what_if": "What if {change}",
    "what_if_prefix": "the first {count} words had been “{words}”",
    "what_if_pin": "it had looked only at “{token}” at step {step}",
    "undo": "Back to the model's choice",
    "what_if_refused": "The link's what-if (prefix “{prefix}”, pin “{pin}”) does not fit this sentence: a "
    "pin's token is 1–{tokens} and its step one the translation reaches, and a prefix is shorter than "
    "the longest output. Showing the model's own translation.",
    "note_pin": "The link's pin=“{value}” cannot be read (e.g. pin=2:3: at step 2 attend only to token 3): "
    "left out.",
    "note_what_if_reference": "With a reference translation the what-ifs (prefix, pin) are not used: "
    "showing the reference.",
    "note_width": "The link's beam width “{value}” cannot be used ({options}): using the default.",
    "note_penalty": "The link's length penalty “{value}” cannot be used ({options}): using 0.",
    "page_lesson": "Lesson",
    "page_beam": "Beam search",
    "page_compare": "Two sentences",
    "beam_about": "Greedy decoding keeps only the most probable word at each step. Beam search keeps the "
    "{width} partial translations with the highest cumulative log-probability log P(the words so far) "
    "and drops the rest (grey). A translation that writes <end> leaves the beam finished. Width 1 is "
    "the lesson page's translation.",
    "beam_width": "Beam width",
    "beam_width_help": "How many partial translations stay at each step (1 = greedy decoding)",
    "length_penalty": "Length penalty",
    "length_penalty_help": "0: the raw log-probability. 1: per token. Changes only the final ranking, "
    "not the search.",
    "length_penalty_note": "Length penalty {penalty}: score = log P ÷ length^{penalty}. It changes only "
    "the final ranking of the finished translations, never what stays in the beam (the search).",
    "beam_tree_title": "The search: each word with its cumulative log P (grey = dropped, green = finished)",
    "beam_step": "Decoder step",
    "beam_rank": "Rank",
    "status_kept": "kept in the beam",
    "status_finished": "finished (<end>)",
    "status_pruned": "dropped",
    "node_hover": "{word}<br>log P(word) = {log_prob}<br>cumulative log P = {cumulative}<br>{status}",
    "nbest": "The finished translations, best first",
    "hypothesis": "Translation",
    "log_prob": "log P",
    "beam_score": "Score",
    "length": "Tokens",
    "pick": "Show the attention of",
    "picked_finished": "“{words}”: its attention while the decoder is fed it (teacher forcing), "
    "log P = {log_prob}",
    "picked_partial": "“{words}” (step {step}, {status}, cumulative log P = {cumulative}): the attention "
    "of “{translation}”, fed up to there and then decoded greedily",
    "unfinished": "(stopped by the length limit without <end>)",
    "page_learning": "How attention is learned",
    "learning_about": "The attention of fixed example sentences, recorded after every epoch of training. The "
    "reference translation is fed to the decoder (teacher forcing), so the rows and columns stay the same: "
    "move the slider to watch one picture change from epoch to epoch: which English word finds its Korean "
    "word, when, and which keep looking at <start>.",
    "learning_averaged": "The model the other pages use is the mean of the last {epochs} epochs' weights, "
    "so it is none of the epochs here exactly: its translations may differ a little.",
    "learning_missing": "No training record for this model yet ({path} is missing or cannot be read). "
    "Training (python -m attnviz.corpus.train) writes it after every epoch. The other pages work as before.",
    "learning_no_attention": "This model has no attention to watch: its decoder starts from the encoder's "
    "last state and never looks back at the Korean sentence, so there is no alignment matrix. Only the "
    "losses per epoch are shown.",
    "watched": "Sentence recorded during training",
    "epoch": "Epoch",
    "epoch_help": "One epoch is one pass of the model over its training data.",
    "epoch_alignment_title": "Alignment after epoch {epoch}: English output × Korean input",
    "loss": "Training loss",
    "held_out_loss": "Held-out loss",
    "loss_axis": "Loss (cross-entropy)",
    "loss_title": "Loss per epoch",
    "epoch_losses": "Epoch {epoch}/{total}: training loss {loss}, held-out (Tatoeba) loss {held_out}",
    "epoch_translation": "This epoch's translation (greedy): “{translation}”",
    "epoch_reference": "Reference: “{reference}”",
    "note_watched": "The link's sentence “{value}” was not recorded in training: showing the first one.",
    "note_epoch": "The link's epoch {value} is not in the record (1–{total}): showing epoch {epoch}.",
    "note_epoch_not_number": "The link's epoch “{value}” is not a number: starting at epoch 1.",
    "model": "Model",
    "model_help": "Three models trained alike on the same data: Bahdanau's (additive) attention, Luong's "
    "(multiplicative) attention, and no attention.",
    "model_bahdanau": "Bahdanau",
    "model_luong": "Luong",
    "model_none": "No attention",
    "fact_attention": "Attention",
    "note_model": "The link's model “{value}” is unknown ({options}): showing the Bahdanau model.",
    "no_attention": "**This model has no attention.** At each step the decoder reads only the embedding of "
    "its previous word “{input}” ({dim} numbers). All it knows of the Korean sentence is the encoder's "
    "final state h, c ({units} numbers each) it started from: however long the sentence, it must be "
    "squeezed into that one vector, a bottleneck. Attention was invented to remove it (Bahdanau et al., "
    "2015): at every step the decoder looks at all the encoder's h_t again. Switch the model to Bahdanau "
    "or Luong to see this step's weights and context; the ‘Three models’ page shows the three "
    "translations of one sentence and BLEU by length side by side.",
    "no_alignment": "Without attention there is no alignment matrix: the decoder never looks at any Korean "
    "word on its own.",
    "about_decoder_none": "embedding {dim} → LSTM → Dense({vocab}) → softmax → the most probable word "
    "(no attention, so no context)",
    "decoder_lstm_title_none": "Decoder LSTM: embedding {dim} → h, c",
    "pin_no_attention": "This model has no attention, so the link's “looked only at” (pin) is left out.",
    "downloads_no_attention": "A model without attention has no alignment matrix or softmax tables.",
    "page_uses_bahdanau": "This page uses the Bahdanau model (the lesson page's model: {model}).",
    "page_models": "Three models",
    "models_about": "One sentence through three models. Every alignment matrix uses the same fixed 0–1 "
    "scale.",
    "column_alignment_title": "{model}: alignment",
    "nothing_to_align": "No attention: nothing to align. The decoder gets only the encoder's final state.",
    "model_unavailable": "The {model} model cannot be loaded: {message}",
    "bleu_title": "BLEU by source length (held out)",
    "bleu_length": "Korean source words",
    "bleu_hover": "{model} · {length} words: BLEU {bleu} ({pairs} sentences)",
    "your_sentence": "your sentence: {words} words",
    "bleu_missing": "{model}: no BLEU by length yet (models/{kind}/metrics.json).",
    "bleu_unlike": "These models were not trained on the same data (generated pairs, version: {versions}), "
    "so their differences are not only their attention.",
    "bleu_about": "The three models' BLEU on the same held-out sentences (Tatoeba's held-out pairs and the "
    "sentences set aside), by the Korean sentence's length. Bahdanau et al. (2015, Fig. 2) used this "
    "chart to show a model without attention collapsing on long sentences. Each length has its own "
    "number of sentences (hover over a point): where there are few, the value is less certain.",
}

TEXT = {"ko": _KO, "en": _EN}


def visible_controls(words: str) -> str:
    """Control characters (a newline from a link, say) as their visible pictures: ␊, not a line break."""
    return "".join(
        chr(0x2400 + ord(c)) if ord(c) < 0x20 else "\u2421" if ord(c) == 0x7F else c for c in words
    )


def literal(words: str) -> str:
    """Typed or translated text as text in Streamlit's Markdown (headings, captions, banners, table cells):
    `*`, `_`, `:red[…]`, `$…$`, `[…](…)` and bare addresses are shown, not read as formatting or links."""
    words = _WWW.sub(r"\1" + WORD_JOINER + r"\2", visible_controls(words))
    return _LINK_PARTS.sub(r"\1" + WORD_JOINER, _MARKDOWN.sub(r"\\\1", words))


CHANGED_MARK = "orange-background"  # Streamlit's Markdown colour for a word that changed (both pages)


def marked(words: list[str], positions: set[int], colour: str = CHANGED_MARK) -> str:
    """The words as Markdown text, those at `positions` on a background of Streamlit's `colour`."""
    return " ".join(
        f":{colour}[{literal(w)}]" if i in positions else literal(w) for i, w in enumerate(words)
    )


def text(language: str) -> dict[str, str]:
    """The labels in `language` ("ko" or "en"); anything else falls back to the default."""
    return TEXT.get(language, TEXT[DEFAULT_LANGUAGE])
