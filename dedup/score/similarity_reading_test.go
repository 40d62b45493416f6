package score

import (
	"slices"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestReadings: a word in another script matches the Latin spelling of
// its reading as a spelling variant, the artist first; a transliterated
// track alone is not the artist's song; brackets that translate a title
// matched by reading are left out. The titles are dev pairs of
// testdata/pairs/scripts or of its kind.
func TestReadings(t *testing.T) {
	tests := []struct {
		name     string
		a, b     title.Input
		want     DecisionKind
		readings []string // the readings the explanation shows, in order
	}{
		{"cyrillic", title.Input{Title: "Кино - Группа крови"}, title.Input{Title: "Kino - Gruppa Krovi"}, DecisionMerge,
			[]string{"kino", "gruppa", "krovi"}},
		{"cyrillic, kh as h", title.Input{Title: "Земфира - Хочешь?"}, title.Input{Title: "Zemfira - Hochesh?"}, DecisionMerge,
			[]string{"zemfira", "khochesh"}},
		{"serbian", title.Input{Title: "Здравко Чолић - Ти си ми у крви"}, title.Input{Title: "Zdravko Čolić - Ti si mi u krvi"}, DecisionMerge, nil},
		{"greek, a typo of the reading in the artist", title.Input{Title: "Δέσποινα Βανδή - Γέλα μου"}, title.Input{Title: "Despina Vandi - Gela mou"}, DecisionMerge, nil},
		{"hangul", title.Input{Title: "자우림 - 스물다섯 스물하나"}, title.Input{Title: "Jaurim - Seumuldaseot Seumulhana"}, DecisionMerge, nil},
		{"kana, the artist from the channel", title.Input{Title: "【Ado】うっせぇわ", Channel: "Ado"}, title.Input{Title: "Ado - Usseewa (Lyrics)"}, DecisionMerge, nil},
		{"han, a reading against three words", title.Input{Title: "毛不易 - 像我这样的人"}, title.Input{Title: "Mao Buyi - Xiang Wo Zhe Yang De Ren"}, DecisionMerge, nil},
		{"traditional against simplified", title.Input{Title: "張學友 - 吻別"}, title.Input{Title: "张学友 - 吻别"}, DecisionMerge, nil},
		{"devanagari", title.Input{Title: "लता मंगेशकर - लग जा गले"}, title.Input{Title: "Lata Mangeshkar - Lag Jaa Gale"}, DecisionMerge, nil},
		{"a translation in brackets is no extra word", title.Input{Title: "Любэ - Конь"}, title.Input{Title: "Lyube - Kon (Horse)"}, DecisionMerge, nil},
		{"a Korean name as its artist spells it", title.Input{Title: "성시경 - 거리에서"}, title.Input{Title: "Sung Si Kyung - Georieseo"}, DecisionMerge, nil},
		{"a Korean name as its artist spells it, in three words", title.Input{Title: "김건모 - 잘못된 만남"}, title.Input{Title: "Kim Gun Mo - Jalmotdoen Mannam"}, DecisionMerge, nil},
		{"a title written in both scripts", title.Input{Title: "Ария (Aria) - Беспечный ангел / Bespechny Angel"}, title.Input{Title: "Aria - Bespechnyj angel"}, DecisionMerge, nil},
		{"the reading of words the normalizer kept as an alias", title.Input{Title: "[MV] IU(아이유) _ Good Day(좋은 날)"}, title.Input{Title: "IU - Joheun Nal (Good Day) Lyrics"}, DecisionMerge, nil},
		{"a translation beside the title", title.Input{Title: "周杰倫 Jay Chou【青花瓷 Blue and White Porcelain】-Official Music Video"}, title.Input{Title: "Jay Chou - Qinghuaci"}, DecisionMerge, nil},
		{"a title and its reading beside it", title.Input{Title: "林俊傑 JJ Lin - 江南 Jiang Nan (官方完整版 MV)"}, title.Input{Title: "JJ Lin - Jiang Nan (Lyrics)"}, DecisionMerge, nil},
		{"greeklish as fans type it", title.Input{Title: "Στέλιος Καζαντζίδης - Υπάρχω"}, title.Input{Title: "Stelios Kazantzidis - Yparxo"}, DecisionMerge, nil},
		{"greeklish, gk and h", title.Input{Title: "Μάρκος Βαμβακάρης - Φραγκοσυριανή"}, title.Input{Title: "Markos Vamvakaris - Fragkosyrianh"}, DecisionMerge, nil},
		{"greek read phonetically", title.Input{Title: "Μελίνα Μερκούρη - Τα παιδιά του Πειραιά"}, title.Input{Title: "Melina Mercouri - Ta Pedia tou Pirea"}, DecisionMerge, nil},
		{"a Korean family name as families spell it", title.Input{Title: "이소라 - 바람이 분다"}, title.Input{Title: "Lee Sora - Barami Bunda (The Wind Blows)"}, DecisionMerge, nil},
		{"ю as u", title.Input{Title: "Любэ - Конь"}, title.Input{Title: "Lube - Kon'"}, DecisionMerge, nil},
		{"devanagari, ai written ae", title.Input{Title: "ऐ मेरे वतन के लोगों - लता मंगेशकर"}, title.Input{Title: "Ae Mere Watan Ke Logon - Lata Mangeshkar"}, DecisionMerge, nil},
		{"devanagari, ai written ae in a film's name", title.Input{Title: "अरिजीत सिंह - ऐ दिल है मुश्किल"}, title.Input{Title: "Arijit Singh - Ae Dil Hai Mushkil"}, DecisionMerge, nil},
		{"devanagari, ai written ae, another song of the artist", title.Input{Title: "ऐ मेरे वतन के लोगों - लता मंगेशकर"}, title.Input{Title: "Lata Mangeshkar - Lag Jaa Gale"}, DecisionDistinct, nil},
		{"devanagari, a final nasal dropped", title.Input{Title: "रातां लंबियां - जुबिन नौटियाल, असीस कौर | शेरशाह"}, title.Input{Title: "Raatan Lambiya (Lyrics) - Jubin Nautiyal"}, DecisionMerge, nil},
		{"devanagari, a final nasal dropped, twice", title.Input{Title: "सुखविंदर सिंह - छैयां छैयां"}, title.Input{Title: "Sukhwinder Singh - Chhaiya Chhaiya"}, DecisionMerge, nil},
		{"devanagari, a final nasal dropped, chandrabindu", title.Input{Title: "सुखविंदर सिंह - छैयाँ छैयाँ"}, title.Input{Title: "Sukhwinder Singh - Chaiyya Chaiyya"}, DecisionMerge, nil},
		{"devanagari, a final nasal dropped, another artist", title.Input{Title: "सुखविंदर सिंह - छैयां छैयां"}, title.Input{Title: "Kishore Kumar - Chhaiya Chhaiya"}, DecisionDistinct, nil},
		{"a native title read as track - artist", title.Input{Title: "तुम ही हो - अरिजीत सिंह | आशिकी 2"}, title.Input{Title: "Arijit Singh - Tum Hee Ho (Lyrics)"}, DecisionMerge, nil},
		{"a native title read as track - artist, a film after it", title.Input{Title: "चन्ना मेरेया - अरिजीत सिंह | ऐ दिल है मुश्किल"}, title.Input{Title: "Arijit Singh - Channa Mereyaa (Lyrics)"}, DecisionMerge, nil},
		{"a native title read as track - artist, another song", title.Input{Title: "तुम ही हो - अरिजीत सिंह | आशिकी 2"}, title.Input{Title: "Arijit Singh - Channa Mereyaa (Lyrics)"}, DecisionDistinct, nil},
		{"kana, a long i written y (japanese_romaji)", title.Input{Title: "きゃりーぱみゅぱみゅ - つけまつける"}, title.Input{Title: "Kyary Pamyu Pamyu - Tsukematsukeru"}, DecisionMerge,
			[]string{"kyaripamyupamyu", "tsukematsukeru"}},
		{"kana, a long i written y, the track in two words", title.Input{Title: "きゃりーぱみゅぱみゅ - つけまつける"}, title.Input{Title: "Kyary Pamyu Pamyu - Tsukema Tsukeru (Lyrics)"}, DecisionMerge, nil},
		{"kana, a long i written y, another song", title.Input{Title: "きゃりーぱみゅぱみゅ - つけまつける"}, title.Input{Title: "Kyary Pamyu Pamyu - Ninjari Bang Bang"}, DecisionDistinct, nil},
		{"kana, a long i written y, a live take", title.Input{Title: "きゃりーぱみゅぱみゅ - つけまつける (Live)"}, title.Input{Title: "Kyary Pamyu Pamyu - Tsukematsukeru"}, DecisionDistinct, nil},
		{"kana, a long i written y, a remix", title.Input{Title: "きゃりーぱみゅぱみゅ - つけまつける"}, title.Input{Title: "Kyary Pamyu Pamyu - Tsukematsukeru (Remix)"}, DecisionDistinct, nil},
		{"kana, a long i written y, a sequel", title.Input{Title: "きゃりーぱみゅぱみゅ - つけまつける"}, title.Input{Title: "Kyary Pamyu Pamyu - Tsukematsukeru 2"}, DecisionDistinct, nil},
		{"kana, a y before a vowel is no i", title.Input{Title: "きゃりーぱみゅぱみゅ - つけまつける"}, title.Input{Title: "Kyari Pamiyu Pamiyu - Tsukematsukeru"}, DecisionDistinct, nil},
		{"kana, a short English word's y is no long i (My)", title.Input{Title: "あいみょん - み"}, title.Input{Title: "Aimyon - My"}, DecisionDistinct, nil},
		{"kana, a short English word's y is no long i (Shy)", title.Input{Title: "あいみょん - 詩"}, title.Input{Title: "Aimyon - Shy"}, DecisionDistinct, nil},
		{"kana, a short English word's y is no long i (Mary)", title.Input{Title: "あいみょん - まり"}, title.Input{Title: "Aimyon - Mary"}, DecisionDistinct, nil},
		{"kana, a short English word's y is no long i (Happy)", title.Input{Title: "あいみょん - はっぴ"}, title.Input{Title: "Aimyon - Happy"}, DecisionDistinct, nil},
		{"kana, a short English word's y is no long i, in the artist", title.Input{Title: "ミイ - 星"}, title.Input{Title: "My - Hoshi"}, DecisionDistinct, nil},
		{"kana, a y after a vowel is English's (Monday): a spelling near, no more", title.Input{Title: "あいみょん - 問題"}, title.Input{Title: "Aimyon - Monday"}, DecisionReview, nil},
		{"kana, a y after a vowel is English's (Today): a spelling near, no more", title.Input{Title: "あいみょん - 東大"}, title.Input{Title: "Aimyon - Today"}, DecisionReview, nil},
		{"kana, a y after a vowel is English's (May)", title.Input{Title: "あいみょん - 舞"}, title.Input{Title: "Aimyon - May"}, DecisionDistinct, nil},
		{"a number beside a native track read whole is a sequel, not a gloss", title.Input{Title: "빅뱅 - 거짓말 2"}, title.Input{Title: "Big Bang - Geojitmal"}, DecisionDistinct, nil},
		{"a number beside a kana track read whole is a sequel", title.Input{Title: "YOASOBI - 夜に駆ける 2"}, title.Input{Title: "YOASOBI - Yoru ni Kakeru"}, DecisionDistinct, nil},
		{"a number beside a cyrillic track is a sequel", title.Input{Title: "Кино - Группа крови 2"}, title.Input{Title: "Kino - Gruppa krovi"}, DecisionDistinct, nil},
		{"the reading of a translated title's own native name", title.Input{Title: "[MV] IU(아이유) _ The meaning of you(너의 의미) (Feat. 김창완)"}, title.Input{Title: "IU - Neoui Uimi (feat. Kim Chang Wan)"}, DecisionMerge, nil},
		{"the reading of a translated title's own native name, three words", title.Input{Title: "잔나비 (JANNABI) - 주저하는 연인들을 위해 (for lovers who hesitate)"}, title.Input{Title: "Jannabi - Jujeohaneun Yeonindeureul Wihae"}, DecisionMerge, nil},
		{"the reading of a translated title's own native name, another song", title.Input{Title: "[MV] IU(아이유) _ The meaning of you(너의 의미) (Feat. 김창완)"}, title.Input{Title: "IU - Joheun Nal"}, DecisionDistinct, nil},
		{"й written i (cyrillic_fan_letters)", title.Input{Title: "Мумий Тролль - Утекай"}, title.Input{Title: "Mumii Troll - Utekai"}, DecisionMerge, nil},
		{"й written i in a word of its own", title.Input{Title: "Би-2 - Мой рок-н-ролл"}, title.Input{Title: "Bi-2 - Moi rok-n-roll"}, DecisionMerge, nil},
		{"ё written yo at the start", title.Input{Title: "Ёлка - Прованс"}, title.Input{Title: "Yolka - Provans"}, DecisionMerge, nil},
		{"ё written yo after a vowel", title.Input{Title: "Сплин - Моё сердце"}, title.Input{Title: "Splin - Moyo serdce"}, DecisionMerge, nil},
		{"ё written jo after a consonant", title.Input{Title: "Звери - Всё, что касается"}, title.Input{Title: "Zveri - Vsjo chto kasaetsja"}, DecisionMerge, nil},
		{"ё written o after ч", title.Input{Title: "Алла Пугачёва - Миллион алых роз"}, title.Input{Title: "Alla Pugachova - Million Alykh Roz"}, DecisionMerge, nil},
		{"ё written yo, another song of the artist", title.Input{Title: "Сплин - Моё сердце"}, title.Input{Title: "Splin - Vykhoda net"}, DecisionDistinct, nil},
		{"an artist with a number (numbered_reading)", title.Input{Title: "Би-2 - Полковнику никто не пишет"}, title.Input{Title: "Bi-2 - Polkovniku nikto ne pishet"}, DecisionMerge, nil},
		{"an artist with a number, another number", title.Input{Title: "Би-2 - Полковнику никто не пишет"}, title.Input{Title: "Bi-3 - Polkovniku nikto ne pishet"}, DecisionDistinct, nil},
		{"a number with a reading against one without", title.Input{Title: "Город 312 - Останусь"}, title.Input{Title: "Gorod 312 - Ostanus"}, DecisionMerge, nil},
		{"a Korean name with Young for 영", title.Input{Title: "백지영 - 총 맞은 것처럼"}, title.Input{Title: "Baek Ji Young - Chong Majeun Geotcheoreom"}, DecisionMerge, nil},
		{"어 written o in a track (korean_rounded)", title.Input{Title: "백지영 - 총 맞은 것처럼"}, title.Input{Title: "Baek Ji Young - Chong Majun Gotchorom"}, DecisionMerge, nil},
		{"어 written o, McCune-Reischauer consonants", title.Input{Title: "성시경 - 거리에서"}, title.Input{Title: "Sung Si Kyung - Korieso"}, DecisionMerge, nil},
		{"여 written yo", title.Input{Title: "이문세 - 광화문 연가"}, title.Input{Title: "Lee Mun Se - Kwanghwamun Yonga"}, DecisionMerge, nil},
		{"어 written o, another song of the artist", title.Input{Title: "성시경 - 거리에서"}, title.Input{Title: "Sung Si Kyung - Two People"}, DecisionDistinct, nil},
		{"hindi as fans spell it (hinglish_spelling)", title.Input{Title: "किशोर कुमार - ये शाम मस्तानी"}, title.Input{Title: "Kishore Kumar - Yeh Shaam Mastani"}, DecisionMerge, nil},
		{"hindi, an inherent a the reading leaves out (hindi_medial_schwa)", title.Input{Title: "अरिजीत सिंह - केसरिया"}, title.Input{Title: "Arijit Singh - Kesariya"}, DecisionMerge, nil},
		{"hindi, an inherent a the reading leaves out, and a final nasal", title.Input{Title: "मोनाली ठाकुर - सांवरिया"}, title.Input{Title: "Monali Thakur - Sanwariya"}, DecisionMerge, nil},
		{"hindi, an inherent a the reading leaves out, another word", title.Input{Title: "अरिजीत सिंह - केसरिया"}, title.Input{Title: "Arijit Singh - Kesar"}, DecisionDistinct, nil},
		{"hindi, an English word by its sound (hindi_loanword)", title.Input{Title: "लकी अली - ओ सनम"}, title.Input{Title: "Lucky Ali - O Sanam"}, DecisionMerge, nil},
		{"hindi, English words by their sound in the track", title.Input{Title: "ए.आर. रहमान - स्लमडॉग मिलियनेयर"}, title.Input{Title: "A.R. Rahman - Slumdog Millionaire"}, DecisionMerge, nil},
		{"hindi, an English word by its sound, another song of the film", title.Input{Title: "तुम ही हो बंधु - कॉकटेल"}, title.Input{Title: "Daaru Desi - Cocktail"}, DecisionDistinct, nil},
		{"hindi, an English word by its sound, another word of its consonants", title.Input{Title: "अरिजीत सिंह - लकी"}, title.Input{Title: "Arijit Singh - Lake"}, DecisionDistinct, nil},
		{"hindi, an English word by its sound, a live take", title.Input{Title: "लकी अली - ओ सनम"}, title.Input{Title: "Lucky Ali - O Sanam (Live)"}, DecisionDistinct, nil},
		// Before an infinitive's ना the kept a spells the causative, another
		// verb (hindi_infinitive): a near miss at most.
		{"hindi, an infinitive and its causative", title.Input{Title: "अरिजीत सिंह - सुनना"}, title.Input{Title: "Arijit Singh - Sunana"}, DecisionDistinct, nil},
		{"hindi, an infinitive and its causative, chal", title.Input{Title: "अरिजीत सिंह - चलना"}, title.Input{Title: "Arijit Singh - Chalana"}, DecisionReview, nil},
		{"hindi, an infinitive and its causative, dikh", title.Input{Title: "अरिजीत सिंह - दिखना"}, title.Input{Title: "Arijit Singh - Dikhana"}, DecisionReview, nil},
		{"hindi as fans spell it, ज़ as z or j", title.Input{Title: "अरिजीत सिंह - ज़ालिमा"}, title.Input{Title: "Arijit Singh - Jalima"}, DecisionMerge, nil},
		{"hindi as fans spell it, e as ay", title.Input{Title: "लता मंगेशकर - लग जा गले"}, title.Input{Title: "Lata Mangeshkar - Lag Jaa Galay"}, DecisionMerge, nil},
		{"hindi as fans spell it, two Latin spellings", title.Input{Title: "Kishore Kumar - Yeh Shaam Mastani"}, title.Input{Title: "Kishore Kumar - Ye Sham Mastani"}, DecisionMerge, nil},
		{"hindi as fans spell it, a singer of the duet left out", title.Input{Title: "Raataan Lambiyan - Shershaah | Jubin Nautiyal, Asees Kaur", Channel: "Sony Music India"}, title.Input{Title: "Raatan Lambiya (Lyrics) - Jubin Nautiyal", Channel: "Bollywood Lyrics Hub"}, DecisionMerge, nil},
		{"hindi as fans spell it, another song of the singer", title.Input{Title: "Kishore Kumar - Yeh Shaam Mastani"}, title.Input{Title: "Kishore Kumar - Yeh Jo Mohabbat Hai"}, DecisionDistinct, nil},
		{"hindi as fans spell it, another singer", title.Input{Title: "अरिजीत सिंह - ज़ालिमा"}, title.Input{Title: "Atif Aslam - Jalima"}, DecisionDistinct, nil},
		{"one word's hinglish fold alone, oo and u", title.Input{Title: "Walk the Moon - Shut Up and Dance"}, title.Input{Title: "Walk the Moon - Shoot Up and Dance"}, DecisionReview, nil},
		{"one word's hinglish fold alone, u and oo", title.Input{Title: "Alex Ray - Sun Is Shining"}, title.Input{Title: "Alex Ray - Soon Is Shining"}, DecisionReview, nil},
		{"ευ before a voiceless consonant, ef", title.Input{Title: "Μανώλης Λιδάκης - Ευτυχώς"}, title.Input{Title: "Manolis Lidakis - Eftyhos"}, DecisionMerge, nil},
		{"ευ written eu letter for letter", title.Input{Title: "Μανώλης Λιδάκης - Ευτυχώς"}, title.Input{Title: "Manolis Lidakis - Eutyxws"}, DecisionMerge, nil},
		{"γι written yi, ντ nt", title.Input{Title: "Γιώργος Νταλάρας - Της Αγάπης"}, title.Input{Title: "Yiorgos Ntalaras - Tis Agapis"}, DecisionMerge, nil},
		{"γι written yi, another song", title.Input{Title: "Γιώργος Νταλάρας - Της Αγάπης"}, title.Input{Title: "Yiorgos Ntalaras - Eftyhos"}, DecisionDistinct, nil},
		{"gi after a consonant is no γι, another song", title.Input{Title: "Tommy Dorsey - Margie"}, title.Input{Title: "Tommy Dorsey - Marie"}, DecisionReview, nil},
		{"gi after a consonant is no γι, another word", title.Input{Title: "Los Amigos - Sergio"}, title.Input{Title: "Los Amigos - Serio"}, DecisionReview, nil},
		{"a j of its own between Latin tracks", title.Input{Title: "AR Rahman - Arjun"}, title.Input{Title: "AR Rahman - Arun"}, DecisionDistinct, nil},
		{"a j of its own between Latin names", title.Input{Title: "Arjun - Tum Hi Ho"}, title.Input{Title: "Arun - Tum Hi Ho"}, DecisionDistinct, nil},
		{"an initial alif written i (initial_alif)", title.Input{Title: "فيروز - كيفك انت"}, title.Input{Title: "Fairuz - Kifak Inta"}, DecisionMerge, nil},
		{"an initial alif written a", title.Input{Title: "أم كلثوم - انت عمري"}, title.Input{Title: "Umm Kulthum - Anta Omri"}, DecisionMerge, nil},
		{"an initial alif written i, another song", title.Input{Title: "فيروز - كيفك انت"}, title.Input{Title: "Fairuz - Nassam Alayna El Hawa"}, DecisionDistinct, nil},
		{"the article written as a word before a short word (arabic_clitic_word)", title.Input{Title: "هيفاء وهبي - بوس الواوا"}, title.Input{Title: "Haifa Wehbe - Boos El Wawa"}, DecisionMerge, nil},
		{"the conjunction written as a word", title.Input{Title: "كاظم الساهر - أنا وليلى"}, title.Input{Title: "Kazem El Saher - Ana W Leila"}, DecisionMerge, nil},
		{"the conjunction written as a word, wa", title.Input{Title: "كاظم الساهر - أنا وليلى"}, title.Input{Title: "Kazem El Saher - Ana Wa Laila"}, DecisionMerge, nil},
		{"the article written as a word, other vowels", title.Input{Title: "هيفاء وهبي - بوس الواوا"}, title.Input{Title: "Haifa Wehbe - Boos El Wiwi"}, DecisionDistinct, nil},
		{"the conjunction written as a word, another name", title.Input{Title: "كاظم الساهر - أنا وليلى"}, title.Input{Title: "Kazem El Saher - Ana W Lola"}, DecisionDistinct, nil},
		{"a name of two words read as one (arabic_compound_name)", title.Input{Title: "عبد الحليم حافظ - جانا الهوى"}, title.Input{Title: "Abdel Halim Hafez - Gana El Hawa"}, DecisionMerge, nil},
		{"a name of two words read as one, in one word", title.Input{Title: "عبد الحليم حافظ - جانا الهوى"}, title.Input{Title: "Abdelhalim Hafez - Gana El Hawa"}, DecisionMerge, nil},
		{"a name of two words read as one, another name", title.Input{Title: "عبد الوهاب - جانا الهوى"}, title.Input{Title: "Abdel Halim Hafez - Gana El Hawa"}, DecisionDistinct, nil},
		{"an ع that starts a word written as its vowel (initial_ayn)", title.Input{Title: "عبد الحليم حافظ - على حسب وداد"}, title.Input{Title: "Abdel Halim Hafez - Ala Hesb Wedad"}, DecisionMerge, nil},
		{"an ع that starts a word, its vowel left out", title.Input{Title: "عبد الحليم حافظ - على حسب وداد"}, title.Input{Title: "Abdel Halim Hafez - La Hesb Wedad"}, DecisionReview, nil},
		{"kanji read as Japanese", title.Input{Title: "藤井 風 - きらり (Official Video)"}, title.Input{Title: "Fujii Kaze - Kirari (Lyrics)"}, DecisionMerge, nil},
		{"kanji read as Japanese, a track with kana", title.Input{Title: "YOASOBI「夜に駆ける」 Official Music Video"}, title.Input{Title: "YOASOBI - Yoru ni Kakeru (Racing into the Night) Lyrics"}, DecisionMerge, nil},
		{"a Japanese name given name first", title.Input{Title: "近藤真彦 - 夕焼けの歌"}, title.Input{Title: "Masahiko Kondo - Yuuyake no Uta"}, DecisionMerge, nil},
		{"kanji read as Japanese in a title without kana", title.Input{Title: "松山千春 - 恋"}, title.Input{Title: "Chiharu Matsuyama - Koi"}, DecisionMerge, nil},
		{"the same kanji title by another artist", title.Input{Title: "松山千春 - 恋"}, title.Input{Title: "Hoshino Gen - Koi (Lyrics)"}, DecisionDistinct, nil},
		{"a name's kanji by a reading not their most frequent", title.Input{Title: "星野源 - 恋 (Official Video)"}, title.Input{Title: "Gen Hoshino - Koi (Lyrics)"}, DecisionMerge, nil},
		{"a name's kanji by their on readings, given name first", title.Input{Title: "中島美嘉 - 雪の華"}, title.Input{Title: "Mika Nakashima - Yuki no Hana"}, DecisionMerge, nil},
		{"a name's kanji by their on readings", title.Input{Title: "米津玄師 MV「感電」"}, title.Input{Title: "Yonezu Kenshi - Kanden (Lyrics)"}, DecisionMerge, nil},
		{"a name's kanji by their on readings, another artist whose name reads alike", title.Input{Title: "中島美嘉 - 雪の華"}, title.Input{Title: "Nakajima Miyuki - Yuki no Hana"}, DecisionDistinct, nil},
		{"a name's kanji by their on readings, another song", title.Input{Title: "中島美嘉 - 雪の華"}, title.Input{Title: "Mika Nakashima - Glamorous Sky"}, DecisionDistinct, nil},
		{"a katakana loanword and the English word", title.Input{Title: "竹内まりや - プラスティック・ラブ"}, title.Input{Title: "Mariya Takeuchi - Plastic Love"}, DecisionMerge, nil},
		{"a katakana loanword and the English words", title.Input{Title: "優里 - ドライフラワー"}, title.Input{Title: "Yuuri - Dry Flower"}, DecisionMerge, nil},
		{"a katakana loanword in the artist", title.Input{Title: "スピッツ - 空も飛べるはず"}, title.Input{Title: "Spitz - Sora mo Toberu Hazu"}, DecisionMerge, nil},
		{"a katakana loanword in the artist, another song", title.Input{Title: "スピッツ - 空も飛べるはず"}, title.Input{Title: "Spitz - Robinson"}, DecisionDistinct, nil},
		{"a katakana loanword, an English word of its consonants and another vowel", title.Input{Title: "山下達郎 - クロス"}, title.Input{Title: "Tatsuro Yamashita - Chris"}, DecisionDistinct, nil},
		{"a katakana loanword, an English word of its consonants and another vowel, i for o", title.Input{Title: "山下達郎 - クリス"}, title.Input{Title: "Tatsuro Yamashita - Cross"}, DecisionDistinct, nil},
		{"a katakana loanword and the English word, its vowel", title.Input{Title: "山下達郎 - クロス"}, title.Input{Title: "Tatsuro Yamashita - Cross"}, DecisionMerge, nil},
		{"a Korean name, 희 against Whee: no typo of 휘", title.Input{Title: "희성 - 안되나요"}, title.Input{Title: "Wheesung - Andoenayo"}, DecisionDistinct, nil},
		{"a Korean name, 희 against Whee in one word: no typo of 휘", title.Input{Title: "희철 - 사랑"}, title.Input{Title: "Wheechul - Sarang"}, DecisionDistinct, nil},
		{"a Korean name, 휘 written Whee", title.Input{Title: "휘성 - 안되나요"}, title.Input{Title: "Wheesung - Andoenayo"}, DecisionMerge, nil},
		{"a Korean name, 희 written Hee", title.Input{Title: "희재 - 사랑"}, title.Input{Title: "Heejae - Sarang"}, DecisionMerge, nil},
		{"a katakana loanword, another English word", title.Input{Title: "竹内まりや - プラスティック・ラブ"}, title.Input{Title: "Mariya Takeuchi - Plastic Lover"}, DecisionDistinct, nil},
		{"a katakana loanword, another artist", title.Input{Title: "優里 - ドライフラワー"}, title.Input{Title: "Spitz - Dry Flower"}, DecisionDistinct, nil},
		{"a Hangul loanword and the English words", title.Input{Title: "싸이 - 강남스타일"}, title.Input{Title: "싸이 - Gangnam Style (Lyrics)"}, DecisionMerge, nil},
		{"a Hangul loanword in the artist", title.Input{Title: "트와이스 - Fancy"}, title.Input{Title: "TWICE - FANCY"}, DecisionMerge, nil},
		{"Hangul loanwords in the artist and the track", title.Input{Title: "빅뱅 - 뱅뱅뱅"}, title.Input{Title: "BIGBANG - Bang Bang Bang"}, DecisionMerge, nil},
		{"a Hangul loanword in the artist, another song", title.Input{Title: "트와이스 - Fancy"}, title.Input{Title: "TWICE - Feel Special"}, DecisionDistinct, nil},
		{"a Hangul loanword, another English word", title.Input{Title: "싸이 - 강남스타일"}, title.Input{Title: "싸이 - Gentleman"}, DecisionDistinct, nil},
		{"a Hangul loanword, another English word of its consonants", title.Input{Title: "BLACKPINK - 스테이"}, title.Input{Title: "BLACKPINK - Sad"}, DecisionDistinct, nil},
		{"Hangul loanwords, other English words of their consonants", title.Input{Title: "BTS - 페이크 러브"}, title.Input{Title: "BTS - Big Life"}, DecisionDistinct, nil},
		{"a Hangul loanword, another song of the artist", title.Input{Title: "에스파 - 드라마"}, title.Input{Title: "aespa - Dream"}, DecisionDistinct, nil},
		{"a Hangul group name, another Latin name of its consonants", title.Input{Title: "비스트 - 픽션"}, title.Input{Title: "Best - Fiction"}, DecisionDistinct, nil},
		{"a Hangul loanword with its vowels", title.Input{Title: "카라 - 스텝"}, title.Input{Title: "KARA - Step"}, DecisionMerge, nil},
		{"a Hangul loanword's plain stop, an English voiceless one", title.Input{Title: "트와이스 - 그림"}, title.Input{Title: "TWICE - Cream"}, DecisionDistinct, nil},
		{"a Hangul loanword's aspirated stop, an English voiceless one", title.Input{Title: "트와이스 - 크림"}, title.Input{Title: "TWICE - Cream"}, DecisionMerge, nil},
		{"a Hangul loanword's aspirated stop, an English voiced one", title.Input{Title: "에스파 - 트림"}, title.Input{Title: "aespa - Dream"}, DecisionDistinct, nil},
		{"a short Hangul track word beside a Latin artist", title.Input{Title: "IU - 그림"}, title.Input{Title: "IU - Grim"}, DecisionReview, nil},
		{"a short Hangul loanword beside a Latin artist", title.Input{Title: "KARA - 스텝"}, title.Input{Title: "KARA - Step"}, DecisionReview, nil},
		{"a short Hangul track word beside a Latin artist, a voiceless stop", title.Input{Title: "IU - 그림"}, title.Input{Title: "IU - Cream"}, DecisionDistinct, nil},
		{"a Hangul loanword, another artist", title.Input{Title: "블랙핑크 - Lovesick Girls"}, title.Input{Title: "Blackpool - Lovesick Girls"}, DecisionDistinct, nil},
		// An act named by letters, written in Hangul letter by letter,
		// each letter by its name (hangul_letter_names): dev's 아이유
		// against IU, and acts whose letters other orders, other songs
		// and a live take do not make one recording.
		{"letter names in the artist", title.Input{Title: "아이유 - 밤편지"}, title.Input{Title: "IU - Bam Pyeonji (Lyrics)"}, DecisionMerge, nil},
		{"letter names in the artist, written with dots", title.Input{Title: "지오디 - 거짓말"}, title.Input{Title: "g.o.d - Geojitmal"}, DecisionMerge, nil},
		{"letter names in the artist, a Latin track", title.Input{Title: "아이유 - Blueming"}, title.Input{Title: "IU - Blueming"}, DecisionMerge, nil},
		{"letter names in the artist, another song", title.Input{Title: "에이오에이 - 짧은 치마"}, title.Input{Title: "AOA - Heart Attack"}, DecisionDistinct, nil},
		{"letter names in the artist, the letters in another order", title.Input{Title: "아이유 - 좋은 날"}, title.Input{Title: "UI - Joheun Nal"}, DecisionDistinct, nil},
		{"letter names in the artist, another letter", title.Input{Title: "아이유 - 좋은 날"}, title.Input{Title: "IV - Joheun Nal"}, DecisionDistinct, nil},
		{"letter names in the artist, a live take", title.Input{Title: "아이유 - 좋은 날 라이브 (3단 고음)", Channel: "KBS Kpop"}, title.Input{Title: "IU - Joheun Nal (Good Day) Lyrics", Channel: "Kpop Lyrics Hub"}, DecisionDistinct, nil},
		{"a track word of letter names", title.Input{Title: "아이유 - 이유"}, title.Input{Title: "IU - EU"}, DecisionDistinct, nil},
		{"a one-letter name", title.Input{Title: "비 - 태양을 피하는 방법"}, title.Input{Title: "B - Taeyangeul Pihaneun Bangbeop"}, DecisionDistinct, nil},
		// An artist's kanji read by their name readings (nanori), which
		// no word has (japanese_name_reading): dev's 瑛人 against Eito
		// and 秦 基博 against Motohiro Hata, either order; a live take, a
		// remix and another song are not the recording, and a track's
		// kanji keep their words' readings.
		{"name readings in the artist", title.Input{Title: "瑛人 - 香水"}, title.Input{Title: "Eito - Kousui"}, DecisionMerge, nil},
		{"name readings in the artist, a long vowel written", title.Input{Title: "瑛人 - 香水"}, title.Input{Title: "Eito - Kōsui (Perfume) Lyrics"}, DecisionMerge, nil},
		{"name readings in the artist, given name first", title.Input{Title: "秦 基博 - ひまわりの約束"}, title.Input{Title: "Motohiro Hata - Himawari no Yakusoku"}, DecisionMerge, nil},
		{"name readings in the artist, family name first", title.Input{Title: "秦 基博 - ひまわりの約束"}, title.Input{Title: "Hata Motohiro - Himawari No Yakusoku (Lyrics)"}, DecisionMerge, nil},
		{"name readings in the artist, a live take", title.Input{Title: "秦 基博 - ひまわりの約束"}, title.Input{Title: "Motohiro Hata - Himawari no Yakusoku (Live)"}, DecisionDistinct, nil},
		{"name readings in the artist, a remix", title.Input{Title: "瑛人 - 香水"}, title.Input{Title: "Eito - Kousui (Remix)"}, DecisionDistinct, nil},
		{"name readings in the artist, another song", title.Input{Title: "瑛人 - 香水"}, title.Input{Title: "Eito - Hakoniwa"}, DecisionDistinct, nil},
		{"name readings in the track", title.Input{Title: "秦 基博 - 香"}, title.Input{Title: "Motohiro Hata - Yoshi"}, DecisionDistinct, nil},
		// A name of two consonants that is an English name as Korean
		// writes it aligns the artists as initials do (short_loan_name).
		{"a short Hangul loanword name", title.Input{Title: "지코 - 아무노래"}, title.Input{Title: "ZICO - Amunorae"}, DecisionMerge, nil},
		{"a short Hangul loanword name, a track by its reading", title.Input{Title: "터보 - 검은 고양이"}, title.Input{Title: "Turbo - Geomeun Goyangi"}, DecisionMerge, nil},
		{"a short Hangul loanword name, a plain stop", title.Input{Title: "거미 - 기억상실"}, title.Input{Title: "Gummy - Gieoksangsil"}, DecisionMerge, nil},
		{"a short Hangul loanword name, another song", title.Input{Title: "쿨 - 애상"}, title.Input{Title: "Cool - Summer"}, DecisionDistinct, nil},
		// A track both write in Latin letters does not confirm a short
		// name (short_loan_latin_track): another act's song of that name.
		{"a short Hangul loanword name, a Latin track", title.Input{Title: "미노 - Fiancé"}, title.Input{Title: "Mina - Fiancé"}, DecisionDistinct, nil},
		{"a short Hangul loanword name, a Latin track, another act", title.Input{Title: "레나 - Love"}, title.Input{Title: "Lana - Love"}, DecisionDistinct, nil},
		{"a short Hangul loanword name, a Latin track, a vowel apart", title.Input{Title: "거미 - Love"}, title.Input{Title: "Gomi - Love"}, DecisionDistinct, nil},
		{"a short Hangul loanword name, another English name", title.Input{Title: "지코 - 아무노래"}, title.Input{Title: "Jacko - Amunorae"}, DecisionDistinct, nil},
		{"a short Hangul name of one consonant", title.Input{Title: "싸이 - 강남스타일"}, title.Input{Title: "Sia - Gangnam Style"}, DecisionDistinct, nil},
		{"another song of a Japanese artist", title.Input{Title: "中島みゆき - 糸"}, title.Input{Title: "Miyuki Nakajima - Jidai"}, DecisionDistinct, nil},
		{"arabic, ج as Egypt says it", title.Input{Title: "ماجدة الرومي - كلمات"}, title.Input{Title: "Magida El Roumi - Kalimat (Words) lyrics"}, DecisionMerge, nil},
		{"arabic, another song of the artist", title.Input{Title: "شيرين - جرح تاني"}, title.Input{Title: "Sherine - Ah Ya Leil"}, DecisionDistinct, nil},
		{"a translation beside the title, the other side native", title.Input{Title: "周杰倫 Jay Chou【青花瓷 Blue and White Porcelain】-Official Music Video"}, title.Input{Title: "周杰伦 - 青花瓷"}, DecisionMerge, nil},
		{"a live take, its live word in the native script", title.Input{Title: "شيرين - آه يا ليل (لايف)"}, title.Input{Title: "شيرين - آه يا ليل"}, DecisionDistinct, nil},
		{"arabic, short words by where their vowels stand", title.Input{Title: "شيرين - آه يا ليل"}, title.Input{Title: "Sherine - Ah Ya Leil"}, DecisionMerge, nil},
		{"arabic, short words, a title a word shorter", title.Input{Title: "شيرين - آه يا ليل"}, title.Input{Title: "Sherine - Ya Lil"}, DecisionReview, nil},
		{"arabic, short words whose vowels stand elsewhere", title.Input{Title: "شيرين - آه يا ليل"}, title.Input{Title: "Sherine - Ha Ya Leila"}, DecisionDistinct, nil},
		{"arabic, a short word's long vowel is the spelling's", title.Input{Title: "شيرين - هو"}, title.Input{Title: "Sherine - Howa"}, DecisionMerge, nil},
		{"arabic, a short word's long vowel the spelling does not write", title.Input{Title: "شيرين - هو"}, title.Input{Title: "Sherine - Heya"}, DecisionDistinct, nil},
		{"arabic, a short word's long vowel the spelling does not write, reversed", title.Input{Title: "شيرين - هي"}, title.Input{Title: "Sherine - Howa"}, DecisionDistinct, nil},
		{"arabic, long vowels in another order", title.Input{Title: "شيرين - ليالي"}, title.Input{Title: "Sherine - Layla"}, DecisionDistinct, nil},
		{"arabic, a long vowel where the spelling has another", title.Input{Title: "شيرين - ليلى"}, title.Input{Title: "Sherine - Lola"}, DecisionDistinct, nil},
		{"arabic, a long vowel where the spelling has another, eyes", title.Input{Title: "شيرين - عيني"}, title.Input{Title: "Sherine - Aana"}, DecisionDistinct, nil},
		// A word of two consonants or fewer meets a Latin word of its
		// consonants only where the long vowels it writes are the
		// spelling's; one that writes no vowel telling its spelling is a
		// guess, for a curator (arabic_short_word).
		{"arabic, two consonants and a long vowel the spelling does not write", title.Input{Title: "شيرين - انتي"}, title.Input{Title: "Sherine - Enta"}, DecisionDistinct, nil},
		{"arabic, two consonants and their long vowel", title.Input{Title: "شيرين - انتي"}, title.Input{Title: "Sherine - Enti"}, DecisionMerge, nil},
		{"arabic, a long a against ou", title.Input{Title: "شيرين - نار"}, title.Input{Title: "Sherine - Nour"}, DecisionDistinct, nil},
		{"arabic, a long a and its spelling", title.Input{Title: "شيرين - نار"}, title.Input{Title: "Sherine - Nar"}, DecisionMerge, nil},
		{"arabic, a short vowel the script leaves out", title.Input{Title: "شيرين - انت"}, title.Input{Title: "Sherine - Enta"}, DecisionMerge, nil},
		{"arabic, a doubled consonant apart", title.Input{Title: "شيرين - حبيبي"}, title.Input{Title: "Sherine - Habibi"}, DecisionMerge, nil},
		{"arabic, two consonants against three", title.Input{Title: "شيرين - حب"}, title.Input{Title: "Sherine - Habibi"}, DecisionDistinct, nil},
		{"arabic, no vowel letter: a guess", title.Input{Title: "شيرين - حب"}, title.Input{Title: "Sherine - Hob"}, DecisionReview, nil},
		{"arabic, a vowel letter that tells nothing: a guess", title.Input{Title: "شيرين - هى"}, title.Input{Title: "Sherine - Howa"}, DecisionReview, nil},
		{"arabic, a silent letter in a name", title.Input{Title: "عمرو دياب - تملي معاك"}, title.Input{Title: "Amr Diab - Tamally Maak"}, DecisionMerge, nil},
		{"arabic against arabic, one word with and without its hamza", title.Input{Title: "نانسي عجرم - أنا"}, title.Input{Title: "نانسي عجرم - انا"}, DecisionMerge, nil},
		{"arabic against arabic, ى for ي", title.Input{Title: "شيرين - هى"}, title.Input{Title: "شيرين - هي"}, DecisionMerge, nil},
		{"arabic against arabic, two words of two consonants", title.Input{Title: "شيرين - نار"}, title.Input{Title: "شيرين - نور"}, DecisionDistinct, nil},
		{"ukrainian spelled russian-style", title.Input{Title: "Скрябін - Старі фотографії"}, title.Input{Title: "Skryabin - Stari fotografii"}, DecisionMerge, nil},
		{"ukrainian spelled russian-style, another song", title.Input{Title: "Скрябін - Старі фотографії"}, title.Input{Title: "Skryabin - Stari druzi"}, DecisionDistinct, nil},
		{"a simplified name read in Cantonese: its family name only, for a curator as the traditional one is", title.Input{Title: "陈奕迅 - 十年"}, title.Input{Title: "Eason Chan - Shi Nian"}, DecisionReview, nil},
		{"a simplified name read in Cantonese, another song", title.Input{Title: "陈奕迅 - 十年"}, title.Input{Title: "Eason Chan - Ming Nin Gam Yat"}, DecisionDistinct, nil},
		{"a contest's live take, its qualifier in two languages", title.Input{Title: "Kalush Orchestra - Стефанія (Євробачення 2022, фінал, live)"}, title.Input{Title: "Kalush Orchestra - Stefania - LIVE - Ukraine 🇺🇦 - Grand Final - Eurovision 2022", Channel: "Eurovision Song Contest"}, DecisionMerge, nil},
		{"a contest's live take against the studio recording", title.Input{Title: "KALUSH ORCHESTRA - Стефанія"}, title.Input{Title: "Kalush Orchestra - Stefania - LIVE - Ukraine 🇺🇦 - Grand Final - Eurovision 2022", Channel: "Eurovision Song Contest"}, DecisionDistinct, nil},
		{"cyrillic, a plural against the singular's spelling", title.Input{Title: "Jamala - Мелодії"}, title.Input{Title: "Jamala - Melodia"}, DecisionDistinct, nil},
		{"cyrillic, a plural against the singular's spelling, fantasies", title.Input{Title: "Jamala - Фантазії"}, title.Input{Title: "Jamala - Fantazia"}, DecisionDistinct, nil},
		{"cyrillic, a plural against the singular's spelling, stories", title.Input{Title: "Jamala - Історії"}, title.Input{Title: "Jamala - Istoria"}, DecisionDistinct, nil},
		{"cyrillic, the singular and its spelling", title.Input{Title: "Jamala - Історія"}, title.Input{Title: "Jamala - Istoria"}, DecisionMerge, nil},
		{"cyrillic against cyrillic, и against і: smoke and house", title.Input{Title: "Океан Ельзи - Дим"}, title.Input{Title: "Океан Ельзи - Дім"}, DecisionDistinct, nil},
		{"cyrillic against cyrillic, и against і: fox and forest", title.Input{Title: "Океан Ельзи - Лис"}, title.Input{Title: "Океан Ельзи - Ліс"}, DecisionDistinct, nil},
		{"cyrillic against cyrillic, і against и", title.Input{Title: "Okean Elzy - Віра"}, title.Input{Title: "Okean Elzy - Вира"}, DecisionDistinct, nil},
		{"cyrillic against cyrillic, a plural against the singular", title.Input{Title: "Jamala - Історії"}, title.Input{Title: "Jamala - Історія"}, DecisionDistinct, nil},
		{"cyrillic against cyrillic, ё written е", title.Input{Title: "Ёлка - Прованс"}, title.Input{Title: "Елка - Прованс"}, DecisionMerge, nil},
		{"cyrillic against latin, an unmarked Ukrainian artist read as Ukrainian", title.Input{Title: "Океан Ельзи - Без бою"}, title.Input{Title: "Okean Elzy - Bez boyu"}, DecisionMerge, nil},
		{"cyrillic against latin, an unmarked Ukrainian artist, another song", title.Input{Title: "Океан Ельзи - Без бою"}, title.Input{Title: "Okean Elzy - Bez tebe"}, DecisionDistinct, nil},
		{"cyrillic against latin, a Russian track word is no Ukrainian и y", title.Input{Title: "Би-2 - Мила"}, title.Input{Title: "Bi-2 - Myla"}, DecisionDistinct, nil},
		{"cyrillic against latin, a Russian track word is no Ukrainian г h", title.Input{Title: "Ария - Гимн"}, title.Input{Title: "Aria - Hymn"}, DecisionDistinct, nil},
		{"cyrillic against latin, a Russian track word is no Ukrainian и y, first letter", title.Input{Title: "Ария - Иди"}, title.Input{Title: "Aria - Ydy"}, DecisionDistinct, nil},
		{"cyrillic against latin, a Russian track word is no Ukrainian г h, short", title.Input{Title: "Ария - Гоп"}, title.Input{Title: "Aria - Hop"}, DecisionDistinct, nil},
		{"cyrillic against latin, a Russian track word is no Ukrainian г h, an English word", title.Input{Title: "Ария - Гей"}, title.Input{Title: "Aria - Hey"}, DecisionDistinct, nil},
		{"cyrillic against latin, a Russian track word is no Ukrainian г h, a name", title.Input{Title: "Ария - Ган"}, title.Input{Title: "Aria - Han"}, DecisionDistinct, nil},
		{"cyrillic against latin, a Russian track word is no Ukrainian г h and и y", title.Input{Title: "Ария - Гид"}, title.Input{Title: "Aria - Hyd"}, DecisionDistinct, nil},
		{"cyrillic against latin, a Russian track tells the artist is no Ukrainian и y", title.Input{Title: "Кино - Группа крови"}, title.Input{Title: "Kyno - Gruppa krovi"}, DecisionDistinct, nil},
		{"cyrillic against latin, і read as i", title.Input{Title: "Okean Elzy - Віра"}, title.Input{Title: "Okean Elzy - Vira"}, DecisionMerge, nil},
		{"a contest's final against its semi-final", title.Input{Title: "Kalush Orchestra - Stefania - LIVE - Ukraine 🇺🇦 - Second Semi-Final - Eurovision 2022", Channel: "Eurovision Song Contest"}, title.Input{Title: "Kalush Orchestra - Стефанія (Євробачення 2022, фінал, live)"}, DecisionDistinct, nil},
		{"a contest's finals of two years", title.Input{Title: "Loreen - Euphoria - Sweden - LIVE - Grand Final - Eurovision 2012", Channel: "Eurovision Song Contest"}, title.Input{Title: "Loreen - Euphoria - LIVE - Grand Final - Eurovision 2013", Channel: "Eurovision Song Contest"}, DecisionDistinct, nil},
		{"a contest's finals of two years, in groups", title.Input{Title: "Loreen - Euphoria (Live, Grand Final, Eurovision 2012)"}, title.Input{Title: "Loreen - Euphoria (Live, Grand Final, Eurovision 2013)"}, DecisionDistinct, nil},
		{"a contest's final, its qualifier in a group in another order", title.Input{Title: "Loreen - Euphoria (Live, Grand Final, Eurovision 2012)"}, title.Input{Title: "Loreen - Euphoria - Sweden - LIVE - Grand Final - Eurovision 2012", Channel: "Eurovision Song Contest"}, DecisionMerge, nil},
		{"the same track by another artist", title.Input{Title: "Кино - Весна"}, title.Input{Title: "Delfin - Vesna"}, DecisionDistinct, nil},
		{"another song of the artist", title.Input{Title: "Кино - Группа крови"}, title.Input{Title: "Kino - Kukushka"}, DecisionDistinct, nil},
		{"a live take", title.Input{Title: "Кино - Группа крови"}, title.Input{Title: "Kino - Gruppa Krovi (Live)"}, DecisionDistinct, nil},
		// A Chinese name written as a given name of its own and the family
		// name in any romanization (Cantonese Chan for 陳, Wade-Giles Teng
		// for 鄧, pinyin Sun for 孫) aligns the artists, so that the track
		// may match by its reading; never another song or a family name
		// alone. The artists then agree by a family name only, which any
		// singer of it shares: a review, not a merge (TestFamilyNameOnly).
		{"a chinese name, cantonese family name", title.Input{Title: "陳奕迅 - 十年"}, title.Input{Title: "Eason Chan - Shi Nian"}, DecisionReview, nil},
		{"a chinese name, wade-giles family name", title.Input{Title: "鄧麗君 - 我只在乎你"}, title.Input{Title: "Teresa Teng - Wo Zhi Zai Hu Ni"}, DecisionReview, nil},
		{"a chinese name, wade-giles family name tien", title.Input{Title: "田馥甄 - 小幸運"}, title.Input{Title: "Hebe Tien - Xiao Xing Yun"}, DecisionReview, nil},
		{"a chinese name, pinyin family name", title.Input{Title: "孫燕姿 - 遇見"}, title.Input{Title: "Stefanie Sun - Yu Jian"}, DecisionReview, nil},
		{"a chinese name, another song of the artist", title.Input{Title: "陳奕迅 - 十年"}, title.Input{Title: "Eason Chan - Wo Zhi Zai Hu Ni"}, DecisionDistinct, nil},
		{"a chinese name, another family name", title.Input{Title: "陳奕迅 - 我只在乎你"}, title.Input{Title: "Teresa Teng - Wo Zhi Zai Hu Ni"}, DecisionDistinct, nil},
		{"a chinese name, the family name alone", title.Input{Title: "鄧麗君 - 我只在乎你"}, title.Input{Title: "Teng - Wo Zhi Zai Hu Ni"}, DecisionDistinct, nil},
		{"a chinese name, a given name's syllable is no family name", title.Input{Title: "鄧麗君 - 我只在乎你"}, title.Input{Title: "Teresa Li - Wo Zhi Zai Hu Ni"}, DecisionDistinct, nil},
		// Han characters meet Latin words one a character by their
		// Cantonese readings as Hong Kong writes them, or any of their
		// Mandarin ones (倔強 Jue Jiang, whose 強 reads qiang alone).
		{"cantonese syllables", title.Input{Title: "陳慧嫻 - 千千闕歌"}, title.Input{Title: "Priscilla Chan - Chin Chin Kuet Go"}, DecisionReview, nil},
		{"cantonese syllables, jyutping spellings", title.Input{Title: "陳奕迅 - 明年今日"}, title.Input{Title: "Eason Chan - Ming Nin Gam Yat"}, DecisionReview, nil},
		{"cantonese syllables, a name read whole", title.Input{Title: "梅艷芳 - 夕陽之歌"}, title.Input{Title: "Mui Yim Fong - Jik Yeung Ji Go"}, DecisionMerge, nil},
		{"mandarin syllables, a word's own reading", title.Input{Title: "五月天 Mayday【倔強】Official Music Video"}, title.Input{Title: "Mayday - Jue Jiang"}, DecisionMerge, nil},
		{"cantonese syllables, another song of the artist", title.Input{Title: "陳奕迅 - 十年"}, title.Input{Title: "Eason Chan - Ming Nin Gam Yat"}, DecisionDistinct, nil},
		{"cantonese syllables, another artist's song of the tune", title.Input{Title: "梅艷芳 - 夕陽之歌"}, title.Input{Title: "Priscilla Chan - Chin Chin Kuet Go"}, DecisionDistinct, nil},
		// An artist written as the initials of the other side's name, by
		// its words or its Hangul syllables, aligns the artists as a family
		// name does (see similarity_initials.go).
		{"initials of a name's words", title.Input{Title: "Король и Шут - Кукла колдуна"}, title.Input{Title: "KiSh - Kukla kolduna (lyrics)"}, DecisionMerge, nil},
		// Between two Latin writings initials one letter a word could stand
		// for any name of those letters: another artist's song of the same
		// title. Initials that need a head of two letters, as a name
		// abbreviated in its own script gives, count when the tracks are one
		// title word for word, of five letters or more (initials_latin).
		{"initials of a name's words, both in Latin letters", title.Input{Title: "Korol i Shut - Kukla Kolduna"}, title.Input{Title: "KiSh - Kukla kolduna (lyrics)"}, DecisionMerge, nil},
		{"initials in Latin letters, another song of the artist", title.Input{Title: "Korol i Shut - Kukla Kolduna"}, title.Input{Title: "KiSh - Lesnik (lyrics)"}, DecisionDistinct, nil},
		{"initials in Latin letters, a short track", title.Input{Title: "Korol i Shut - Les"}, title.Input{Title: "KiSh - Les"}, DecisionDistinct, nil},
		{"initials in Latin letters, a word is no abbreviation", title.Input{Title: "Korol i Shut - Kukla Kolduna"}, title.Input{Title: "Kish - Kukla kolduna"}, DecisionDistinct, nil},
		{"initials in Latin letters, one track has a word more", title.Input{Title: "Ekatarina Velika - Krila"}, title.Input{Title: "EKV - Krila moja"}, DecisionDistinct, nil},
		{"initials in Latin letters by a bare vowel syllable, a short common track", title.Input{Title: "Irina Allegrova - Love"}, title.Input{Title: "IRA - Love"}, DecisionDistinct, nil},
		{"initials of another artist's name in Latin letters", title.Input{Title: "The Lonely Crowd - Waterfalls"}, title.Input{Title: "TLC - Waterfalls"}, DecisionDistinct, nil},
		{"initials of another artist's name in Latin letters, mixed case", title.Input{Title: "Jack Lewis Smith - Everybody in Love"}, title.Input{Title: "JLS - Everybody in Love"}, DecisionDistinct, nil},
		{"initials of the syllables of a name written beside its own", title.Input{Title: "Girls' Generation 소녀시대 '소원을 말해봐 (Genie)' MV"}, title.Input{Title: "SNSD - Sowoneul Malhaebwa (Genie) Lyrics"}, DecisionMerge, nil},
		{"initials, another song of the artist", title.Input{Title: "Король и Шут - Кукла колдуна"}, title.Input{Title: "KiSh - Lesnik (lyrics)"}, DecisionDistinct, nil},
		{"initials of a name whose first syllable is a bare vowel", title.Input{Title: "Екатарина Велика - Крила"}, title.Input{Title: "EKV - Krila"}, DecisionMerge, nil},
		{"initials of a name whose first syllable is a bare vowel, another song", title.Input{Title: "Екатарина Велика - Крила"}, title.Input{Title: "EKV - Oči boje meda"}, DecisionDistinct, nil},
		{"initials with a vowel where a syllable's consonant starts", title.Input{Title: "Екатарина Велика - Крила"}, title.Input{Title: "EAV - Krila"}, DecisionDistinct, nil},
		{"initials by a bare vowel syllable, a Latin track both sides share", title.Input{Title: "Ирина Аллегрова - Love"}, title.Input{Title: "IRA - Love"}, DecisionDistinct, nil},
		{"initials by a bare vowel syllable, a Latin track both sides share, two letters of a word", title.Input{Title: "Ани Лорак - Love"}, title.Input{Title: "ANL - Love"}, DecisionDistinct, nil},
		{"initials by a bare vowel syllable, a Latin track both sides share, with ё", title.Input{Title: "Алла Пугачёва - Love"}, title.Input{Title: "ALP - Love"}, DecisionDistinct, nil},
		{"initials by a bare vowel syllable, a Latin track both sides share, a band", title.Input{Title: "Океан Ельзи - Love"}, title.Input{Title: "OKE - Love"}, DecisionDistinct, nil},
		{"initials by a bare vowel syllable, a Latin track both sides share, the rule's example", title.Input{Title: "Агата Кристи - Love"}, title.Input{Title: "AGK - Love"}, DecisionDistinct, nil},
		{"initials of a name whose first syllable is a bare vowel, in Latin letters", title.Input{Title: "Ekatarina Velika - Krila"}, title.Input{Title: "EKV - Krila"}, DecisionMerge, nil},
		{"initials of a name whose first syllable is a bare vowel, in Latin letters, another song", title.Input{Title: "Ekatarina Velika - Krila"}, title.Input{Title: "EKV - Par godina za nas"}, DecisionDistinct, nil},
		// Two Slavic spellings in two schemes (slavic_romanization), a
		// Cyrillic word in another scheme than its reading's
		// (cyrillic_i_scheme, cyrillic_hacek_scheme), and the names they
		// must keep apart.
		{"slavic, й as i and j, ц as ts and c", title.Input{Title: "Viktor Tsoi - Kukushka"}, title.Input{Title: "Viktor Coj - Kukushka"}, DecisionMerge, nil},
		{"slavic, -ij and -ii, ye and ie", title.Input{Title: "Vladimir Vysotskij - Koni priveredlivye"}, title.Input{Title: "Vladimir Vysotskii - Koni priveredlivie"}, DecisionMerge, nil},
		{"slavic, yu and iu, a short name beside a name met", title.Input{Title: "Yuri Shatunov - Belye rozy"}, title.Input{Title: "Iurii Shatunov - Belyie rozi"}, DecisionMerge, nil},
		{"slavic, a háček spelled out", title.Input{Title: "Zdravko Čolić - Ti si mi u krvi"}, title.Input{Title: "Zdravko Cholich - Ti si mi u krvi"}, DecisionMerge, nil},
		{"slavic, ye at the start, ya and ia", title.Input{Title: "Ekaterina Yakovleva - Ya tebya lyublyu"}, title.Input{Title: "Yekaterina Iakovleva - Ia tebia liubliu"}, DecisionMerge, nil},
		{"slavic, ч and ц apart", title.Input{Title: "Viktor Tsoi - Kukushka"}, title.Input{Title: "Viktor Choi - Kukushka"}, DecisionReview, nil},
		{"slavic, a short name alone", title.Input{Title: "Tsoi - Kukushka"}, title.Input{Title: "Coj - Kukushka"}, DecisionDistinct, nil},
		{"slavic, another song of the artist", title.Input{Title: "Viktor Tsoi - Zvezda"}, title.Input{Title: "Viktor Coj - Zvezdy"}, DecisionReview, nil},
		{"cyrillic, dzh as dj, я as ja", title.Input{Title: "Джиган - Для тебя"}, title.Input{Title: "Djigan - Dlja tebja"}, DecisionMerge, nil},
		{"cyrillic, tch, я as ia", title.Input{Title: "Чайф - Аргентина-Ямайка"}, title.Input{Title: "Tchaif - Argentina-Iamaika"}, DecisionMerge, nil},
		{"cyrillic, ы and й as i", title.Input{Title: "Юрий Шатунов - Белые розы"}, title.Input{Title: "Iurii Shatunov - Belie rozi"}, DecisionMerge, nil},
		{"cyrillic, a háček scheme", title.Input{Title: "Король и Шут - Лесник"}, title.Input{Title: "Korol i Šut - Lesnik"}, DecisionMerge, nil},
		{"cyrillic, a háček scheme, another song", title.Input{Title: "Король и Шут - Лесник"}, title.Input{Title: "Korol i Šut - Kukla kolduna"}, DecisionDistinct, nil},
		{"initials, a word is no abbreviation", title.Input{Title: "Король и Шут - Кукла колдуна"}, title.Input{Title: "Kish - Kukla kolduna (lyrics)"}, DecisionDistinct, nil},
		// Two Latin spellings of one word in two romanization systems match as a
		// spelling variant (reading.AppendRomanization), a name always, a track
		// word only when the artists agree; a bracket beside them is a gloss.
		{"dj and đ, romanizations", title.Input{Title: "Bijelo Dugme - Đurđevdan"}, title.Input{Title: "Bijelo Dugme - Djurdjevdan"}, DecisionMerge, nil},
		{"a long vowel written twice, romanizations", title.Input{Title: "Yuuri - Dry Flower"}, title.Input{Title: "Yuri - Dry Flower (lyrics)"}, DecisionMerge, nil},
		{"a long vowel written twice, a title read track - artist, romanizations", title.Input{Title: "Lag Jaa Gale - Lata Mangeshkar | Woh Kaun Thi (1964)"}, title.Input{Title: "Lata Mangeshkar - Lag Ja Gale (Lyrics)"}, DecisionMerge, nil},
		{"ee and i, aa and a, romanizations", title.Input{Title: "Arijit Singh - Tum Hee Ho"}, title.Input{Title: "Arijit Singh - Tum Hi Ho"}, DecisionMerge, nil},
		{"ks and x, romanizations", title.Input{Title: "Leningrad - Eksponat"}, title.Input{Title: "Leningrad - Exponat"}, DecisionMerge, nil},
		{"a translation in brackets beside a romanization, romanizations", title.Input{Title: "Zemfira - Hochesh?"}, title.Input{Title: "Zemfira - Khochesh (Do You Want?) English lyrics"}, DecisionMerge, nil},
		{"a translation in brackets beside a romanization, a long vowel, romanizations", title.Input{Title: "Eito - Kousui"}, title.Input{Title: "Eito - Kōsui (Perfume) Lyrics"}, DecisionMerge, nil},
		{"a bracket beside a romanized artist, romanizations", title.Input{Title: "Lube - Kon'"}, title.Input{Title: "Lyube - Kon (Horse) English subtitles"}, DecisionMerge, nil},
		{"a bracket beside a romanization, ks and x, romanizations", title.Input{Title: "Leningrad - Eksponat"}, title.Input{Title: "Leningrad - Exponat (Labutene) english subs"}, DecisionMerge, nil},
		{"a part number in brackets is a sequel, romanizations", title.Input{Title: "Eito - Kousui"}, title.Input{Title: "Eito - Kosui (Part 2)"}, DecisionDistinct, nil},
		{"a part number in brackets beside a reading is a sequel, romanizations", title.Input{Title: "Кино - Группа крови"}, title.Input{Title: "Kino - Gruppa Krovi (Part 2)"}, DecisionDistinct, nil},
		{"a track word needs the artist, romanizations", title.Input{Title: "Zemfira - Khochesh"}, title.Input{Title: "Splin - Hochesh"}, DecisionDistinct, nil},
		{"greeklish, y and i, x and h, romanizations", title.Input{Title: "Stelios Kazantzidis - Iparho"}, title.Input{Title: "Stelios Kazantzidis - Yparxo"}, DecisionMerge, nil},
		{"greeklish, ng and gk, a final h, romanizations", title.Input{Title: "Markos Vamvakaris - Frangosyriani"}, title.Input{Title: "Markos Vamvakaris - Fragkosyrianh"}, DecisionMerge, nil},
		{"greeklish, ai and e, ei and i, romanizations", title.Input{Title: "Nana Mouskouri - Ta Paidia tou Peiraia"}, title.Input{Title: "Nana Mouskouri - Ta Pedia tou Pirea"}, DecisionMerge, nil},
		{"greeklish, a track word needs the artist, romanizations", title.Input{Title: "Nana Mouskouri - Ta Paidia tou Peiraia"}, title.Input{Title: "Melina Mercouri - Ta Pedia tou Pirea"}, DecisionDistinct, nil},
		{"greeklish, a short word is no variant, romanizations", title.Input{Title: "Adele - Rain"}, title.Input{Title: "Adele - Ren"}, DecisionDistinct, nil},
		{"another artist whose name reads alike, romanizations", title.Input{Title: "Nakajima Miyuki - Ito"}, title.Input{Title: "Nakashima Mika - Ito"}, DecisionDistinct, nil},
		// Arabic romanized by two fans: two words at least that spell one
		// Arabic word each, with the vowels of one Arabic vowel, in titles
		// that read as Arabic, an article inside a field or a word in
		// Arabizi (arabic_romanization).
		{"arabic, a and e, oo and ou, arabic_romanization", title.Input{Title: "Haifa Wehbe - Boos El Wawa"}, title.Input{Title: "Haifa Wahbi - Bous El Wawa"}, DecisionMerge, nil},
		{"arabic, ai and ay, u and ou, el and al, arabic_romanization", title.Input{Title: "Fairuz - Bint El Shalabiya"}, title.Input{Title: "Fayrouz - Bint Al Shalabiyya"}, DecisionMerge, nil},
		{"arabic, g and j, el and al, arabic_romanization", title.Input{Title: "Abdel Halim Hafez - Gana El Hawa"}, title.Input{Title: "Abd El Halim Hafez - Jana Al Hawa"}, DecisionMerge, nil},
		{"arabic, 3 for ain, e and i, arabic_romanization", title.Input{Title: "Abdel Halim Hafez - Ala Hesb Wedad"}, title.Input{Title: "Abdelhalim Hafez - 3ala Hesb Widad"}, DecisionMerge, nil},
		{"arabic, a live take, arabic_romanization", title.Input{Title: "Fairuz - Bint El Shalabiya"}, title.Input{Title: "Fayrouz - Bint Al Shalabiyya (Live)"}, DecisionDistinct, nil},
		{"arabic, another song of the artist, arabic_romanization", title.Input{Title: "Abdelhalim Hafez - 3ala Hesb Widad"}, title.Input{Title: "Abd El Halim Hafez - Jana Al Hawa"}, DecisionDistinct, nil},
		{"arabic, ou and a are two vowels, arabic_romanization", title.Input{Title: "Amr Diab - Nour El Ein"}, title.Input{Title: "Amr Diab - Nar El Ein"}, DecisionReview, nil},
		{"spanish, o and a are two vowels, arabic_romanization", title.Input{Title: "Tito El Bambino - El Amor"}, title.Input{Title: "Tito El Bambino - Al Amar"}, DecisionDistinct, nil},
		{"spanish, u and a are two vowels, arabic_romanization", title.Input{Title: "Calle 13 - La Vuelta Al Mundo"}, title.Input{Title: "Calle 13 - La Vuelta El Mando"}, DecisionReview, nil},
		{"english, an article first is a name, arabic_romanization", title.Input{Title: "Al Green - Love and Happiness"}, title.Input{Title: "Al Green - Live and Happiness"}, DecisionDistinct, nil},
		// A film song titled "Track - Film" in Devanagari and nothing else
		// is its track alone when the other title names that track and
		// its singers and the film is a word the other's normalizer left
		// out (track_film_head); another song of the film, the song of
		// another film or a remix is not.
		{"track - film, the film an English word, track_film_head", title.Input{Title: "तुम ही हो बंधु - कॉकटेल", Channel: "हिंदी गाने"}, title.Input{Title: "Tum Hi Ho Bandhu - Cocktail | Neeraj Shridhar, Kavita Seth", Channel: "Bollywood Lyrics Hub"}, DecisionMerge, nil},
		{"track - film, track | film | singers, track_film_head", title.Input{Title: "अपना टाइम आएगा - गली बॉय", Channel: "हिंदी गाने"}, title.Input{Title: "Apna Time Aayega | Gully Boy | Ranveer Singh & DIVINE", Channel: "Zee Music Company"}, DecisionMerge, nil},
		{"track - film, both in Devanagari, track_film_head", title.Input{Title: "छैयाँ छैयाँ - दिल से", Channel: "पुराने गाने"}, title.Input{Title: "छैयां छैयां - सुखविंदर सिंह, सपना अवस्थी | दिल से", Channel: "हिंदी गाने"}, DecisionMerge, nil},
		{"track - film, another song of the film, track_film_head", title.Input{Title: "तुम ही हो बंधु - कॉकटेल", Channel: "हिंदी गाने"}, title.Input{Title: "Daaru Desi - Cocktail | Benny Dayal, Shalmali Kholgade"}, DecisionDistinct, nil},
		{"track - film, another song of the film in Devanagari, track_film_head", title.Input{Title: "छैयाँ छैयाँ - दिल से"}, title.Input{Title: "जिया जले - लता मंगेशकर | दिल से"}, DecisionDistinct, nil},
		{"track - film, the song of another film, track_film_head", title.Input{Title: "तुम ही हो बंधु - कॉकटेल", Channel: "हिंदी गाने"}, title.Input{Title: "Tum Hi Ho Bandhu - Race | Neeraj Shridhar, Kavita Seth"}, DecisionDistinct, nil},
		{"track - film, a remix, track_film_head", title.Input{Title: "तुम ही हो बंधु - कॉकटेल", Channel: "हिंदी गाने"}, title.Input{Title: "Tum Hi Ho Bandhu (Remix) - Cocktail | Neeraj Shridhar, Kavita Seth"}, DecisionDistinct, nil},
		// Two English words one vowel or a w apart are two songs of one
		// artist, even on the artist's channel (english_pair); a particle
		// or a word ending in a vowel, or one written with a macron, is
		// romanized (wo / o, Kōsui, Hee / Hi above).
		{"ee and i in English words, english_pair", title.Input{Title: "Rihanna - Sleep Away", Channel: "Rihanna"}, title.Input{Title: "Rihanna - Slip Away", Channel: "Rihanna"}, DecisionDistinct, nil},
		{"ee and i in English words, deep water, english_pair", title.Input{Title: "Coldplay - Deep Water", Channel: "Coldplay"}, title.Input{Title: "Coldplay - Dip Water", Channel: "Coldplay"}, DecisionDistinct, nil},
		{"w and v in English words, english_pair", title.Input{Title: "UB40 - Wine Red", Channel: "UB40"}, title.Input{Title: "UB40 - Vine Red", Channel: "UB40"}, DecisionDistinct, nil},
		{"ou and o in English words, english_pair", title.Input{Title: "Madonna - Shout It Out", Channel: "Madonna"}, title.Input{Title: "Madonna - Shot It Out", Channel: "Madonna"}, DecisionDistinct, nil},
		{"oo and o in English words, english_pair", title.Input{Title: "Adele - Soon Again"}, title.Input{Title: "Adele - Son Again"}, DecisionDistinct, nil},
		{"wo and o, a particle, english_pair", title.Input{Title: "Utada Hikaru - Hanataba wo Kimi ni"}, title.Input{Title: "Hikaru Utada - Hanataba o Kimi ni (A Bouquet for You)"}, DecisionMerge, nil},
		{"ou and o, a word ending in a vowel, english_pair", title.Input{Title: "Eito - Kousui"}, title.Input{Title: "Eito - Kosui"}, DecisionMerge, nil},
		{"ee and i beside a romanized word, english_pair", title.Input{Title: "Arijit Singh - Jeene Laga Hoon"}, title.Input{Title: "Arijit Singh - Jine Laga Hoon"}, DecisionMerge, nil},
		{"ee and i after kh beside a romanized word, english_pair", title.Input{Title: "Mika Singh - Kheench Meri Photo"}, title.Input{Title: "Mika Singh - Khinch Meri Photo"}, DecisionMerge, nil},
		{"ee and i at the end beside romanized words, english_pair", title.Input{Title: "Shreya Ghoshal - Teri Meri Preet"}, title.Input{Title: "Shreya Ghoshal - Teri Meri Prit"}, DecisionMerge, nil},
		{"ou and o, a macron, english_pair", title.Input{Title: "Eito - Shounen"}, title.Input{Title: "Eito - Shōnen"}, DecisionMerge, nil},
		{"hindi, ay written ai (hindi_fan_vowels)", title.Input{Title: "जय हो - ए.आर. रहमान"}, title.Input{Title: "A R Rahman - Jai Ho (Lyrics)"}, DecisionMerge, nil},
		{"hindi, a nasal e written ein, a final ie", title.Input{Title: "कभी कभी मेरे दिल में - मुकेश"}, title.Input{Title: "Mukesh - Kabhie Kabhie Mere Dil Mein (lyrics)"}, DecisionMerge, nil},
		{"hindi, ah before a consonant written eh", title.Input{Title: "महबूबा महबूबा - आर.डी. बर्मन"}, title.Input{Title: "R D Burman - Mehbooba Mehbooba"}, DecisionMerge, nil},
		{"hindi, fan vowels, a remix", title.Input{Title: "आर.डी. बर्मन - महबूबा महबूबा"}, title.Input{Title: "R D Burman - Mehbooba Mehbooba (Remix)"}, DecisionDistinct, nil},
		{"hindi, fan vowels, another singer", title.Input{Title: "मुकेश - कभी कभी मेरे दिल में"}, title.Input{Title: "Lata Mangeshkar - Kabhi Kabhi Mere Dil Mein"}, DecisionDistinct, nil},
		{"hindi, fan vowels, another artist's song of the title", title.Input{Title: "जय हो - ए.आर. रहमान"}, title.Input{Title: "The Pussycat Dolls - Jai Ho"}, DecisionDistinct, nil},
		{"hindi, fan vowels, another song of the artist", title.Input{Title: "सुखविंदर सिंह - जय हो"}, title.Input{Title: "Sukhwinder Singh - Jai Jai Shivshankar"}, DecisionDistinct, nil},
		{"hindi, fan vowels, eh and another word", title.Input{Title: "अरिजीत सिंह - पहला नशा"}, title.Input{Title: "Arijit Singh - Pehli Nazar"}, DecisionDistinct, nil},
		{"hindi, fan vowels, ay before a vowel", title.Input{Title: "अरिजीत सिंह - जय"}, title.Input{Title: "Arijit Singh - Jaye"}, DecisionDistinct, nil},
		{"hindi, ein for a nasal e only", title.Input{Title: "अरिजीत सिंह - सेन"}, title.Input{Title: "Arijit Singh - Sein"}, DecisionDistinct, nil},
		{"hindi, मैं is no Mein", title.Input{Title: "लता मंगेशकर - मैं तेरी हूँ"}, title.Input{Title: "Lata Mangeshkar - Mein Teri Hoon"}, DecisionReview, nil},
		{"hindi, one Hinglish fold alone between Latin titles asks for review", title.Input{Title: "Mera Joota Hai Japani - Mukesh | Shree 420 (1955)", Channel: "Saregama Music"}, title.Input{Title: "Mukesh - Mera Juta Hai Japani (lyrics)"}, DecisionReview, nil},
		{"one Hinglish fold alone, z and j in two Hindi words", title.Input{Title: "Kishore Kumar - Raja Tu Meri Rani"}, title.Input{Title: "Kishore Kumar - Raza Tu Meri Rani"}, DecisionReview, nil},
		{"one Hinglish fold alone, oo and u in English words beside a word in a", title.Input{Title: "Drake - Shoot Me Down Mami"}, title.Input{Title: "Drake - Shut Me Down Mami"}, DecisionReview, nil},
		{"one Hinglish fold alone, spoon and spun beside a word in a", title.Input{Title: "Metallica - Spoon Feeding Mama"}, title.Input{Title: "Metallica - Spun Feeding Mama"}, DecisionReview, nil},
		{"hindi, in one word, another singer", title.Input{Title: "Mukesh - Mera Joota Hai Japani"}, title.Input{Title: "Kishore Kumar - Mera Juta Hai Japani"}, DecisionDistinct, nil},
		{"hindi, in one word, a remix", title.Input{Title: "Mukesh - Mera Joota Hai Japani"}, title.Input{Title: "Mukesh - Mera Juta Hai Japani (Remix)"}, DecisionDistinct, nil},
		{"oo and u in English words, the artist agreeing", title.Input{Title: "Drake - Shoot Me Down"}, title.Input{Title: "Drake - Shut Me Down"}, DecisionDistinct, nil},
		{"arabic, ق is no j of another name", title.Input{Title: "قاسم السلطان - يا حلو"}, title.Input{Title: "Jasim Al Sultan - Ya Helw"}, DecisionDistinct, nil},
		{"arabic, ث is no t of another name", title.Input{Title: "ثامر علي - حبيبي"}, title.Input{Title: "Tamer Ali - Habibi"}, DecisionDistinct, nil},
		{"arabic, ق is no j of another word", title.Input{Title: "تامر حسني - قلبي"}, title.Input{Title: "Tamer Hosny - Jalabi"}, DecisionDistinct, nil},
		{"arabic, ق written g, other consonants", title.Input{Title: "عمرو دياب - قلبي"}, title.Input{Title: "Amr Diab - Gabli"}, DecisionDistinct, nil},
		{"arabic, ظ written d, a live take", title.Input{Title: "كاظم الساهر - أنا وليلى"}, title.Input{Title: "Kadim Al Sahir - Ana Wa Laila (Live)"}, DecisionDistinct, nil},
		{"arabic, ظ written d, another song of the artist", title.Input{Title: "كاظم الساهر - أنا وليلى"}, title.Input{Title: "Kadim Al Sahir - Zidini Ishqan"}, DecisionDistinct, nil},
		{"arabic, ظ written d, another artist", title.Input{Title: "كاظم الساهر - أنا وليلى"}, title.Input{Title: "Karim Al Sahir - Ana Wa Laila"}, DecisionDistinct, nil},
		{"arabic, a letter as a digit (arabizi_reading)", title.Input{Title: "عبد الحليم حافظ - على حسب وداد"}, title.Input{Title: "Abdelhalim Hafez - 3ala Hesb Widad"}, DecisionMerge, nil},
		{"arabic, a letter as a digit, another song", title.Input{Title: "عبد الحليم حافظ - على حسب وداد"}, title.Input{Title: "Abdelhalim Hafez - 3ala Bab Darna"}, DecisionDistinct, nil},
		{"arabic, a letter as a digit, another artist", title.Input{Title: "عبد الحليم حافظ - على حسب وداد"}, title.Input{Title: "Mohamed Mounir - 3ala Hesb Widad"}, DecisionDistinct, nil},
		{"arabic, a letter as a digit, a live take", title.Input{Title: "عبد الحليم حافظ - على حسب وداد"}, title.Input{Title: "Abdelhalim Hafez - 3ala Hesb Widad (Live)"}, DecisionDistinct, nil},
		{"arabic, 2 for ق between letters (arabizi_reading)", title.Input{Title: "تامر حسني - عيش بشوقك"}, title.Input{Title: "Tamer Hosny - 3ish Besho2ak"}, DecisionMerge, nil},
		{"arabic, 2 for ق, another song", title.Input{Title: "تامر حسني - عيش بشوقك"}, title.Input{Title: "Tamer Hosny - Si Al Sayed"}, DecisionDistinct, nil},
		{"arabic, a 2 after the word is a number", title.Input{Title: "تامر حسني - عيش"}, title.Input{Title: "Tamer Hosny - Eish 2"}, DecisionDistinct, nil},
		{"arabic, c before y as s in a short name (latin_c)", title.Input{Title: "نانسي عجرم - آه ونص"}, title.Input{Title: "Nancy Ajram - Ah W Noss"}, DecisionMerge, nil},
		{"arabic, c as s, another Nancy", title.Input{Title: "نانسي عجرم - آه ونص"}, title.Input{Title: "Nancy Sinatra - Ah W Noss"}, DecisionDistinct, nil},
		{"arabic, the vocative is a word of its own (arabic_vowel_word)", title.Input{Title: "عمرو دياب - حبيبي يا نور العين"}, title.Input{Title: "Amr Diab - Habibi Ya Nour El Ain"}, DecisionMerge, nil},
		{"arabic, the vocative is no letter of the word", title.Input{Title: "عمرو دياب - حبيبي"}, title.Input{Title: "Amr Diab - Ya Habibi"}, DecisionDistinct, nil},
		{"arabic, the vocative, a shorter title", title.Input{Title: "عمرو دياب - نور العين"}, title.Input{Title: "Amr Diab - Habibi Ya Nour El Ain"}, DecisionReview, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, swap := range []bool{false, true} {
				a, b := tt.a, tt.b
				if swap {
					a, b = b, a
				}
				d := Decide(Subject{Title: title.Normalize(a)}, []Candidate{{SongID: 1, Title: title.Normalize(b)}}, nil, DefaultThresholds())
				if d.Kind != tt.want {
					t.Errorf("Decide(%q, %q) = %s (score %.4f, rules %v), want %s", a.Title, b.Title, d.Kind, d.Score, d.Explanation.Rules, tt.want)
				}
				if tt.readings == nil || swap {
					continue
				}
				var got []string
				for _, m := range slices.Concat(d.Explanation.Artist.Matched, d.Explanation.Track.Matched) {
					if m.Kind == "reading" {
						got = append(got, m.Reading)
					}
				}
				if !slices.Equal(got, tt.readings) {
					t.Errorf("Decide(%q, %q): readings %q, want %q", a.Title, b.Title, got, tt.readings)
				}
			}
		})
	}
}

// TestReadingNeedsArtist: a track matched by its reading alone, with
// artists that do not meet, never merges, and a gloss is only left out
// when the track matched by reading, or as an aside by the same artists
// (see TestBracketAside).
func TestReadingNeedsArtist(t *testing.T) {
	for _, p := range [][2]string{
		{"성시경 - 거리에서", "Kim Kwang Seok - Georieseo"}, // another artist
		{"Кино - Звезда по имени Солнце", "Viktor Tsoi - Zvezda po imeni Solntse"},
	} {
		c := Compare(Subject{Title: title.Normalize(title.Input{Title: p[0]})}, Subject{Title: title.Normalize(title.Input{Title: p[1]})}, nil)
		if c.Score >= DefaultThresholds().Merge {
			t.Errorf("Compare(%q, %q) = %.4f: a reading of the track alone merged", p[0], p[1], c.Score)
		}
	}
	c := Compare(Subject{Title: title.Normalize(title.Input{Title: "Kino - Gruppa Krovi"})},
		Subject{Title: title.Normalize(title.Input{Title: "Viktor Tsoi - Gruppa Krovi (Blood Type)"})}, nil)
	if !slices.ContainsFunc(c.Explanation.Track.UnmatchedB, func(u UnmatchedToken) bool { return u.Token == "blood" && u.Counted }) {
		t.Errorf("Latin titles, other artists: the bracket words are counted, got %+v", c.Explanation.Track.UnmatchedB)
	}
	c = Compare(Subject{Title: title.Normalize(title.Input{Title: "Kino - Gruppa Krovi"})},
		Subject{Title: title.Normalize(title.Input{Title: "Kino - Gruppa Krovi (Blood Type)"})}, nil)
	if !slices.ContainsFunc(c.Explanation.Track.UnmatchedB, func(u UnmatchedToken) bool { return u.Token == "blood" && !u.Counted }) {
		t.Errorf("Latin titles, the same artists: the bracket words are an aside, got %+v", c.Explanation.Track.UnmatchedB)
	}
}

// TestFamilyNameOnly: artists that agree only by a Chinese name's family
// name against a given name of the other side's own (chinese_name_surname:
// "Priscilla Chan" for 陳慧嫻) are any two singers of that family name, and
// classics are sung by many: such a pair is for a curator, never merged
// (family_name_only). The duplicates are scripts dev pairs; the others
// are covers by a singer of the same family name. Durations within
// seconds confirm one recording, and a name that agrees beyond its family
// name is no such case.
func TestFamilyNameOnly(t *testing.T) {
	checkTimedRuleCases(t, RuleFamilyNameOnly, []timedRuleCase{
		{"the singer, the track read", title.Input{Title: "陳慧嫻 - 千千闕歌"}, title.Input{Title: "Priscilla Chan - Chin Chin Kuet Go"}, 0, 0, DecisionReview, true},
		{"the singer, the track translated", title.Input{Title: "陳奕迅 - 浮誇"}, title.Input{Title: "Eason Chan - Exaggerated (浮誇) Eng Sub"}, 0, 0, DecisionReview, true},
		{"the singer, wade-giles", title.Input{Title: "鄧麗君 - 我只在乎你"}, title.Input{Title: "Teresa Teng - Wo Zhi Zai Hu Ni"}, 0, 0, DecisionReview, true},
		{"another singer of the family name, the track read", title.Input{Title: "陳慧嫻 - 千千闕歌"}, title.Input{Title: "Eason Chan - Chin Chin Kuet Go"}, 0, 0, DecisionReview, true},
		{"another singer of the family name, the track as written", title.Input{Title: "鄧紫棋 - 月亮代表我的心"}, title.Input{Title: "Teresa Teng - 月亮代表我的心"}, 0, 0, DecisionReview, true},
		{"another singer of the family name, cantonese", title.Input{Title: "張國榮 - 吻別"}, title.Input{Title: "Jacky Cheung - 吻別"}, 0, 0, DecisionReview, true},
		{"durations that agree", title.Input{Title: "陳慧嫻 - 千千闕歌"}, title.Input{Title: "Priscilla Chan - Chin Chin Kuet Go"}, 301, 302, DecisionMerge, false},
		{"the name read whole", title.Input{Title: "梅艷芳 - 夕陽之歌"}, title.Input{Title: "Mui Yim Fong - Jik Yeung Ji Go"}, 0, 0, DecisionMerge, false},
		{"a second artist that agrees", title.Input{Title: "陳奕迅, Jay Chou - 十年"}, title.Input{Title: "Eason Chan, Jay Chou - Shi Nian"}, 0, 0, DecisionMerge, false},
	})
}

// TestNameReadingExplained: an artist read by its kanji's name readings
// shows the match as japanese_name_reading, without the title's reading
// of the word, which is another (基博 moto hiroshi, not motohiro).
func TestNameReadingExplained(t *testing.T) {
	for _, swap := range []bool{false, true} {
		d := decideInputs(title.Input{Title: "秦 基博 - ひまわりの約束"}, title.Input{Title: "Motohiro Hata - Himawari no Yakusoku"}, swap)
		n := 0
		for _, m := range d.Explanation.Artist.Matched {
			if m.Kind == "japanese_name_reading" {
				n++
				if m.Reading != "" {
					t.Errorf("swap %v: %q / %q shows the reading %q", swap, m.A, m.B, m.Reading)
				}
			}
		}
		if d.Kind != DecisionMerge || n == 0 {
			t.Errorf("swap %v: %s, artist matches %+v; want a merge with a japanese_name_reading match", swap, d.Kind, d.Explanation.Artist.Matched)
		}
	}
}

// TestFamilyNameOnlyDetail: the review's sentence names both artists and
// the family name they share, whichever side writes the name in Han
// characters, so that a curator sees at once whose names they are.
func TestFamilyNameOnlyDetail(t *testing.T) {
	for _, swap := range []bool{false, true} {
		d := decideInputs(title.Input{Title: "陳奕迅 - 十年"}, title.Input{Title: "Eason Chan - Shi Nian"}, swap)
		i := slices.IndexFunc(d.Explanation.Rules, func(h RuleHit) bool { return h.Rule == RuleFamilyNameOnly })
		if d.Kind != DecisionReview || d.ReviewReason != RuleFamilyNameOnly || i < 0 {
			t.Fatalf("swap %v: %s, reason %q, rules %v; want a review for family_name_only", swap, d.Kind, d.ReviewReason, rulesOf(d.Explanation))
		}
		for _, want := range []string{`"陳奕迅"`, `"eason chan"`, `陳 as "chan"`} {
			if detail := d.Explanation.Rules[i].Detail; !strings.Contains(detail, want) {
				t.Errorf("swap %v: detail %q lacks %s", swap, detail, want)
			}
		}
	}
}

// TestInitialsOfLongNames: an abbreviation against a name of many Hangul
// syllables (artist_initials) is checked head by head: listing every
// initials the name may have took 2^n strings, a million for 20 syllables
// and 2.9 GB and 30 s for 24, on one comparison of a submission with an
// upload of such a title.
func TestInitialsOfLongNames(t *testing.T) {
	a := title.Input{Title: "ABC - Song"}
	b := title.Input{Title: strings.Repeat("차", 20) + " - Song"}
	allocs := testing.AllocsPerRun(2, func() {
		if d := decideInputs(a, b, false); d.Kind == DecisionMerge {
			t.Errorf("ABC against 20 syllables: %s", d.Kind)
		}
	})
	if allocs > 20000 {
		t.Errorf("deciding ABC against an artist of 20 syllables: %.0f allocations, want a few thousand", allocs)
	}
}

// TestGlossNames: a title that names its track in another language with
// its translation in brackets meets a title of the same artists that
// names the track by the translation alone (gloss_names). The duplicates
// are dev titles (the scripts catalogue); the translation by another
// artist, a title that shares the bracket and more, a bracket of one word
// against a one-word title and a live take stay apart.
func TestGlossNames(t *testing.T) {
	checkNamedInputs(t, []namedInputCase{
		{"Korean", title.Input{Title: "IU - Joheun Nal (Good Day) Lyrics", Channel: "Kpop Lyrics Hub"},
			title.Input{Title: "IU - Good Day (Color Coded Lyrics Eng/Rom/Han)", Channel: "Color Coded Lyrics"}, DecisionMerge},
		{"Japanese", title.Input{Title: "YOASOBI - Yoru ni Kakeru (Racing into the Night) Lyrics", Channel: "J-Lyrics Romaji"},
			title.Input{Title: "YOASOBI - Racing into the Night [Eng Sub]", Channel: "Nihongo Lyrics"}, DecisionMerge},
		{"Japanese, another romanization", title.Input{Title: "Hikaru Utada - Hanataba o Kimi ni (A Bouquet for You)", Channel: "Nihongo Lyrics"},
			title.Input{Title: "Hikaru Utada - A Bouquet for You"}, DecisionMerge},
		{"another artist", title.Input{Title: "IU - Joheun Nal (Good Day) Lyrics"}, title.Input{Title: "Surface - Good Day"}, DecisionDistinct},
		{"the other title names more", title.Input{Title: "IU - Joheun Nal (Good Day) Lyrics"}, title.Input{Title: "IU - Joheun Nal Good Day Remake"}, DecisionDistinct},
		{"one word in brackets", title.Input{Title: "Epik High - Usan (Umbrella)"}, title.Input{Title: "Epik High - Umbrella"}, DecisionDistinct},
		{"a live take", title.Input{Title: "IU - Joheun Nal (Good Day) Lyrics"}, title.Input{Title: "IU - Good Day (Live)"}, DecisionDistinct},
	})
}

// TestAbsorbedLetter: a one-letter word beside a name that begins or ends
// with its letter is no part of the name's reading, though Loose writes the
// doubled letter once: रहमान is "Rahman", and "R" stays the initial that
// एआर spells (absorbed_letter; the dev pairs of "ए.आर. रहमान" and "A R
// Rahman", "A.R. Rahman").
func TestAbsorbedLetter(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want [][2]string // artist matches, a / b
	}{
		{"an initial before the name", "जय हो - ए.आर. रहमान, सुखविंदर सिंह | स्लमडॉग मिलियनेयर", "A R Rahman - Jai Ho (Lyrics)",
			[][2]string{{"एआर", "a r"}, {"रहमान", "rahman"}}},
		{"initials written as one word", "जय हो - ए.आर. रहमान, सुखविंदर सिंह | स्लमडॉग मिलियनेयर", "Jai Ho - Slumdog Millionaire | A.R. Rahman, Sukhwinder Singh",
			[][2]string{{"एआर", "ar"}, {"रहमान", "rahman"}}},
		{"an initial after the name", "रहमान ए - दिल से", "Rahman A - Dil Se",
			[][2]string{{"रहमान", "rahman"}}},
	}
	for _, tt := range tests {
		d := decideInputs(title.Input{Title: tt.a}, title.Input{Title: tt.b}, false)
		var got [][2]string
		for _, m := range d.Explanation.Artist.Matched {
			got = append(got, [2]string{m.A, m.B})
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: artist matches %v, want %v among them", tt.name, got, w)
			}
		}
	}
	toks := func(ws ...string) []token {
		out := make([]token, len(ws))
		for i, w := range ws {
			out[i].src = w
		}
		return out
	}
	for _, c := range []struct {
		toks       []string
		start, end int
		want       bool
	}{
		{[]string{"r", "rahman"}, 0, 1, true},
		{[]string{"rahman", "n"}, 0, 1, true},
		{[]string{"a", "r", "rahman"}, 0, 2, false},
		{[]string{"tum", "hi", "ho"}, 0, 2, false},
		{[]string{"o", "sanam"}, 0, 1, false},
		{[]string{"rahman"}, 0, 0, false},
	} {
		if got := absorbedLetter(toks(c.toks...), c.start, c.end); got != c.want {
			t.Errorf("absorbedLetter(%q, %d, %d) = %v, want %v", c.toks, c.start, c.end, got, c.want)
		}
	}
}
