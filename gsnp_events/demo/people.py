"""Names of people, organisations and places for the demo assembly.

Every person and organisation here is invented. The names are realistic: common given and
family names of each region, spelt as people there write them, in their own script and in
the Latin form they use in passports and e-mail. Any likeness to a real person or body is
chance.

Nothing here reads files or touches the database. ``check`` validates the tables against
the set of member codes the caller loads from the country data.
"""

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class NameForm:
    """A name in Latin letters and in its own script (the same text for Latin scripts)."""

    latin: str
    local: str


@dataclass(frozen=True)
class Naming:
    """How people of one language or region are named.

    ``script`` is the Unicode script word ("ARABIC", "DEVANAGARI" ... or "LATIN") that every
    letter of a ``local`` form belongs to. ``family_first``: the family element is written
    before the given name, in both forms. ``family_female`` holds the feminine forms of
    ``family``, index for index, where family names change with sex; it is empty where they
    do not, so pick surnames with ``family_names``.
    """

    script: str
    given_female: tuple[NameForm, ...]
    given_male: tuple[NameForm, ...]
    family: tuple[NameForm, ...]
    family_first: bool = False
    family_female: tuple[NameForm, ...] = ()

    def family_names(self, female: bool) -> tuple[NameForm, ...]:
        """The family names that go with a woman's or a man's given name."""
        if female and self.family_female:
            return self.family_female
        return self.family


@dataclass(frozen=True)
class OrganisationName:
    """A civil-society organisation name with a ``{place}`` slot in both forms.

    ``latin`` is the English name, ``local`` the name in the naming's own language and
    script, ``acronym`` the English initials without the place.
    """

    latin: str
    local: str
    acronym: str


PLACEHOLDER = "{place}"

# Keyed by language or region; COUNTRY_NAMINGS says which apply to a country.
NAMINGS: dict[str, Naming] = {
    # Arabic: Gulf, Levant, Iraq, Egypt, Sudan and the Maghreb. Romanised as people
    # commonly write them (English or French habits vary by country). The last family
    # entry is a Gulf-style chain (father, grandfather, family), kept for long-name tests.
    "ar": Naming(
        script="ARABIC",
        given_female=(
            NameForm("Fatima", "فاطمة"),
            NameForm("Mariam", "مريم"),
            NameForm("Nour", "نور"),
            NameForm("Layla", "ليلى"),
            NameForm("Sara", "سارة"),
            NameForm("Huda", "هدى"),
            NameForm("Amal", "أمل"),
            NameForm("Rana", "رنا"),
            NameForm("Yasmine", "ياسمين"),
            NameForm("Khadija", "خديجة"),
            NameForm("Zainab", "زينب"),
            NameForm("Salma", "سلمى"),
            NameForm("Amina", "آمنة"),
            NameForm("Hala", "هالة"),
        ),
        given_male=(
            NameForm("Mohammed", "محمد"),
            NameForm("Ahmed", "أحمد"),
            NameForm("Ali", "علي"),
            NameForm("Omar", "عمر"),
            NameForm("Youssef", "يوسف"),
            NameForm("Khaled", "خالد"),
            NameForm("Hassan", "حسن"),
            NameForm("Ibrahim", "إبراهيم"),
            NameForm("Tarek", "طارق"),
            NameForm("Karim", "كريم"),
            NameForm("Mustafa", "مصطفى"),
            NameForm("Abdullah", "عبد الله"),
            NameForm("Sami", "سامي"),
            NameForm("Hamza", "حمزة"),
        ),
        family=(
            NameForm("Al-Hassan", "الحسن"),
            NameForm("Al-Masri", "المصري"),
            NameForm("Al-Khatib", "الخطيب"),
            NameForm("Haddad", "حداد"),
            NameForm("Al-Ali", "العلي"),
            NameForm("Al-Najjar", "النجار"),
            NameForm("Al-Shami", "الشامي"),
            NameForm("Mansour", "منصور"),
            NameForm("Ben Salem", "بن سالم"),
            NameForm("Al-Zahrani", "الزهراني"),
            NameForm("Al-Hammadi", "الحمادي"),
            NameForm("Abdelrahman", "عبد الرحمن"),
            NameForm("Al-Obaidi", "العبيدي"),
            NameForm("Bouzid", "بوزيد"),
            NameForm("El Fassi", "الفاسي"),
            NameForm("Abdulrahman Abdulaziz Al-Abdullatif", "عبد الرحمن عبد العزيز العبد اللطيف"),
        ),
    ),
    # Persian (Iran), Persian letters ی and ک.
    "fa": Naming(
        script="ARABIC",
        given_female=(
            NameForm("Maryam", "مریم"),
            NameForm("Zahra", "زهرا"),
            NameForm("Fatemeh", "فاطمه"),
            NameForm("Narges", "نرگس"),
            NameForm("Sara", "سارا"),
            NameForm("Leila", "لیلا"),
            NameForm("Shirin", "شیرین"),
            NameForm("Mahsa", "مهسا"),
            NameForm("Nasrin", "نسرین"),
            NameForm("Parisa", "پریسا"),
            NameForm("Elham", "الهام"),
            NameForm("Azadeh", "آزاده"),
        ),
        given_male=(
            NameForm("Ali", "علی"),
            NameForm("Mohammad", "محمد"),
            NameForm("Hossein", "حسین"),
            NameForm("Reza", "رضا"),
            NameForm("Mehdi", "مهدی"),
            NameForm("Amir", "امیر"),
            NameForm("Saeed", "سعید"),
            NameForm("Hamid", "حمید"),
            NameForm("Behrouz", "بهروز"),
            NameForm("Kaveh", "کاوه"),
            NameForm("Farhad", "فرهاد"),
            NameForm("Majid", "مجید"),
        ),
        family=(
            NameForm("Ahmadi", "احمدی"),
            NameForm("Mohammadi", "محمدی"),
            NameForm("Hosseini", "حسینی"),
            NameForm("Rezaei", "رضایی"),
            NameForm("Karimi", "کریمی"),
            NameForm("Mousavi", "موسوی"),
            NameForm("Jafari", "جعفری"),
            NameForm("Rahimi", "رحیمی"),
            NameForm("Sadeghi", "صادقی"),
            NameForm("Ghasemi", "قاسمی"),
            NameForm("Nowruzi", "نوروزی"),
            NameForm("Tabatabaei", "طباطبایی"),
            NameForm("Esfahani", "اصفهانی"),
            NameForm("Shariatmadari", "شریعتمداری"),
        ),
    ),
    # Urdu (Pakistan): Urdu letters ٹ ڈ ھ ہ ی ے ک گ, not their Arabic look-alikes.
    "ur": Naming(
        script="ARABIC",
        given_female=(
            NameForm("Fatima", "فاطمہ"),
            NameForm("Ayesha", "عائشہ"),
            NameForm("Zainab", "زینب"),
            NameForm("Maryam", "مریم"),
            NameForm("Saima", "صائمہ"),
            NameForm("Nazia", "نازیہ"),
            NameForm("Rabia", "رابعہ"),
            NameForm("Sadia", "سعدیہ"),
            NameForm("Hina", "حنا"),
            NameForm("Bushra", "بشریٰ"),
            NameForm("Shazia", "شازیہ"),
            NameForm("Sana", "ثناء"),
        ),
        given_male=(
            NameForm("Imran", "عمران"),
            NameForm("Usman", "عثمان"),
            NameForm("Bilal", "بلال"),
            NameForm("Asif", "آصف"),
            NameForm("Tariq", "طارق"),
            NameForm("Kamran", "کامران"),
            NameForm("Faisal", "فیصل"),
            NameForm("Shahid", "شاہد"),
            NameForm("Zeeshan", "ذیشان"),
            NameForm("Naveed", "نوید"),
            NameForm("Waqar", "وقار"),
            NameForm("Adnan", "عدنان"),
        ),
        family=(
            NameForm("Khan", "خان"),
            NameForm("Qureshi", "قریشی"),
            NameForm("Butt", "بٹ"),
            NameForm("Chaudhry", "چودھری"),
            NameForm("Malik", "ملک"),
            NameForm("Sheikh", "شیخ"),
            NameForm("Siddiqui", "صدیقی"),
            NameForm("Awan", "اعوان"),
            NameForm("Rana", "رانا"),
            NameForm("Mirza", "مرزا"),
            NameForm("Abbasi", "عباسی"),
            NameForm("Bhatti", "بھٹی"),
            NameForm("Memon", "میمن"),
            NameForm("Baloch", "بلوچ"),
            NameForm("Dar", "ڈار"),
        ),
    ),
    # Pashto (Afghanistan): letters ټ ډ ړ ږ ښ ګ ڼ ځ څ ۍ; family entries are the tribal
    # names many Afghans use as surnames.
    "ps": Naming(
        script="ARABIC",
        given_female=(
            NameForm("Malalai", "ملالۍ"),
            NameForm("Palwasha", "پلوشه"),
            NameForm("Shabnam", "شبنم"),
            NameForm("Zarmina", "زرمینه"),
            NameForm("Gulalai", "ګلالۍ"),
            NameForm("Nazo", "نازو"),
            NameForm("Spozhmai", "سپوږمۍ"),
            NameForm("Wagma", "وږمه"),
            NameForm("Farzana", "فرزانه"),
            NameForm("Mursal", "مرسل"),
        ),
        given_male=(
            NameForm("Ahmad", "احمد"),
            NameForm("Khalid", "خالد"),
            NameForm("Najib", "نجیب"),
            NameForm("Ajmal", "اجمل"),
            NameForm("Mirwais", "میرویس"),
            NameForm("Abdullah", "عبدالله"),
            NameForm("Shafiq", "شفیق"),
            NameForm("Zalmai", "زلمی"),
            NameForm("Gulab", "ګلاب"),
            NameForm("Noorullah", "نورالله"),
            NameForm("Humayun", "همایون"),
            NameForm("Hamid", "حمید"),
        ),
        family=(
            NameForm("Ahmadzai", "احمدزی"),
            NameForm("Yousafzai", "یوسفزی"),
            NameForm("Popalzai", "پوپلزی"),
            NameForm("Barakzai", "بارکزی"),
            NameForm("Shinwari", "شینواري"),
            NameForm("Mohmand", "مومند"),
            NameForm("Wardak", "وردګ"),
            NameForm("Kakar", "کاکړ"),
            NameForm("Zadran", "ځدراڼ"),
            NameForm("Stanikzai", "ستانکزی"),
            NameForm("Achakzai", "اڅکزی"),
            NameForm("Noorzai", "نورزی"),
            NameForm("Khogyani", "خوګیاڼي"),
        ),
    ),
    # Bengali (Bangladesh; also West Bengal).
    "bn": Naming(
        script="BENGALI",
        given_female=(
            NameForm("Fatema", "ফাতেমা"),
            NameForm("Nasrin", "নাসরিন"),
            NameForm("Sharmin", "শারমিন"),
            NameForm("Taslima", "তাসলিমা"),
            NameForm("Rumana", "রুমানা"),
            NameForm("Sumaiya", "সুমাইয়া"),
            NameForm("Nusrat", "নুসরাত"),
            NameForm("Mousumi", "মৌসুমী"),
            NameForm("Ayesha", "আয়েশা"),
            NameForm("Farhana", "ফারহানা"),
        ),
        given_male=(
            NameForm("Rahim", "রহিম"),
            NameForm("Karim", "করিম"),
            NameForm("Arif", "আরিফ"),
            NameForm("Sakib", "সাকিব"),
            NameForm("Tanvir", "তানভীর"),
            NameForm("Mahmud", "মাহমুদ"),
            NameForm("Rafiq", "রফিক"),
            NameForm("Hasan", "হাসান"),
            NameForm("Zahid", "জাহিদ"),
            NameForm("Shafiqul", "শফিকুল"),
            NameForm("Mizanur", "মিজানুর"),
            NameForm("Anisur", "আনিসুর"),
        ),
        family=(
            NameForm("Hossain", "হোসেন"),
            NameForm("Rahman", "রহমান"),
            NameForm("Ahmed", "আহমেদ"),
            NameForm("Islam", "ইসলাম"),
            NameForm("Chowdhury", "চৌধুরী"),
            NameForm("Khan", "খান"),
            NameForm("Sarker", "সরকার"),
            NameForm("Das", "দাস"),
            NameForm("Roy", "রায়"),
            NameForm("Uddin", "উদ্দিন"),
            NameForm("Biswas", "বিশ্বাস"),
            NameForm("Majumder", "মজুমদার"),
            NameForm("Alam", "আলম"),
        ),
    ),
    # Hindi (India), Devanagari.
    "hi": Naming(
        script="DEVANAGARI",
        given_female=(
            NameForm("Priya", "प्रिया"),
            NameForm("Anita", "अनीता"),
            NameForm("Sunita", "सुनीता"),
            NameForm("Pooja", "पूजा"),
            NameForm("Neha", "नेहा"),
            NameForm("Kavita", "कविता"),
            NameForm("Rekha", "रेखा"),
            NameForm("Meena", "मीना"),
            NameForm("Anjali", "अंजलि"),
            NameForm("Deepika", "दीपिका"),
            NameForm("Seema", "सीमा"),
            NameForm("Aarti", "आरती"),
        ),
        given_male=(
            NameForm("Rahul", "राहुल"),
            NameForm("Amit", "अमित"),
            NameForm("Rajesh", "राजेश"),
            NameForm("Suresh", "सुरेश"),
            NameForm("Vikas", "विकास"),
            NameForm("Sanjay", "संजय"),
            NameForm("Anil", "अनिल"),
            NameForm("Manoj", "मनोज"),
            NameForm("Ajay", "अजय"),
            NameForm("Ravi", "रवि"),
            NameForm("Aditya", "आदित्य"),
            NameForm("Deepak", "दीपक"),
        ),
        family=(
            NameForm("Sharma", "शर्मा"),
            NameForm("Verma", "वर्मा"),
            NameForm("Gupta", "गुप्ता"),
            NameForm("Singh", "सिंह"),
            NameForm("Yadav", "यादव"),
            NameForm("Mishra", "मिश्रा"),
            NameForm("Patel", "पटेल"),
            NameForm("Chauhan", "चौहान"),
            NameForm("Srivastava", "श्रीवास्तव"),
            NameForm("Agarwal", "अग्रवाल"),
            NameForm("Tiwari", "तिवारी"),
            NameForm("Joshi", "जोशी"),
            NameForm("Pandey", "पांडे"),
            NameForm("Khan", "खान"),
            NameForm("Chaturvedi", "चतुर्वेदी"),
        ),
    ),
    # Nepali (Nepal; also southern Bhutan), Devanagari.
    "ne": Naming(
        script="DEVANAGARI",
        given_female=(
            NameForm("Sita", "सीता"),
            NameForm("Gita", "गीता"),
            NameForm("Sarita", "सरिता"),
            NameForm("Kamala", "कमला"),
            NameForm("Sunita", "सुनिता"),
            NameForm("Bindu", "बिन्दु"),
            NameForm("Parbati", "पार्वती"),
            NameForm("Laxmi", "लक्ष्मी"),
            NameForm("Sabina", "सबिना"),
            NameForm("Manju", "मञ्जु"),
        ),
        given_male=(
            NameForm("Ram", "राम"),
            NameForm("Hari", "हरि"),
            NameForm("Krishna", "कृष्ण"),
            NameForm("Prakash", "प्रकाश"),
            NameForm("Ramesh", "रमेश"),
            NameForm("Gopal", "गोपाल"),
            NameForm("Dinesh", "दिनेश"),
            NameForm("Santosh", "सन्तोष"),
            NameForm("Nabaraj", "नवराज"),
            NameForm("Bishnu", "विष्णु"),
        ),
        family=(
            NameForm("Shrestha", "श्रेष्ठ"),
            NameForm("Thapa", "थापा"),
            NameForm("Gurung", "गुरुङ"),
            NameForm("Tamang", "तामाङ"),
            NameForm("Adhikari", "अधिकारी"),
            NameForm("Paudel", "पौडेल"),
            NameForm("Rai", "राई"),
            NameForm("Magar", "मगर"),
            NameForm("Lama", "लामा"),
            NameForm("Karki", "कार्की"),
            NameForm("Bhattarai", "भट्टराई"),
            NameForm("Khadka", "खड्का"),
            NameForm("Basnet", "बस्नेत"),
            NameForm("Maharjan", "महर्जन"),
        ),
    ),
    # Tamil (India, Sri Lanka, Singapore, Malaysia). Many Tamils use the father's given
    # name as second name; the family entries are such names.
    "ta": Naming(
        script="TAMIL",
        given_female=(
            NameForm("Lakshmi", "லட்சுமி"),
            NameForm("Priya", "பிரியா"),
            NameForm("Kavitha", "கவிதா"),
            NameForm("Meena", "மீனா"),
            NameForm("Anitha", "அனிதா"),
            NameForm("Deepa", "தீபா"),
            NameForm("Selvi", "செல்வி"),
            NameForm("Revathi", "ரேவதி"),
            NameForm("Malathi", "மாலதி"),
            NameForm("Nithya", "நித்யா"),
        ),
        given_male=(
            NameForm("Murugan", "முருகன்"),
            NameForm("Senthil", "செந்தில்"),
            NameForm("Karthik", "கார்த்திக்"),
            NameForm("Arun", "அருண்"),
            NameForm("Rajesh", "ராஜேஷ்"),
            NameForm("Suresh", "சுரேஷ்"),
            NameForm("Ganesh", "கணேஷ்"),
            NameForm("Vijay", "விஜய்"),
            NameForm("Selvam", "செல்வம்"),
            NameForm("Prakash", "பிரகாஷ்"),
        ),
        family=(
            NameForm("Subramaniam", "சுப்பிரமணியம்"),
            NameForm("Krishnan", "கிருஷ்ணன்"),
            NameForm("Ramasamy", "ராமசாமி"),
            NameForm("Natarajan", "நடராஜன்"),
            NameForm("Sivakumar", "சிவகுமார்"),
            NameForm("Rajendran", "ராஜேந்திரன்"),
            NameForm("Arumugam", "ஆறுமுகம்"),
            NameForm("Shanmugam", "சண்முகம்"),
            NameForm("Murugesan", "முருகேசன்"),
            NameForm("Balasubramanian", "பாலசுப்பிரமணியன்"),
            NameForm("Kandasamy", "கந்தசாமி"),
            NameForm("Ponnambalam", "பொன்னம்பலம்"),
        ),
    ),
    # Sinhala (Sri Lanka).
    "si": Naming(
        script="SINHALA",
        given_female=(
            NameForm("Kumari", "කුමාරි"),
            NameForm("Dilani", "දිලානි"),
            NameForm("Chamari", "චාමරී"),
            NameForm("Nadeesha", "නදීෂා"),
            NameForm("Sanduni", "සඳුනි"),
            NameForm("Nirmala", "නිර්මලා"),
            NameForm("Ishara", "ඉෂාරා"),
            NameForm("Sachini", "සචිනි"),
            NameForm("Malini", "මාලිනී"),
            NameForm("Shanika", "ශානිකා"),
        ),
        given_male=(
            NameForm("Nimal", "නිමල්"),
            NameForm("Sunil", "සුනිල්"),
            NameForm("Kamal", "කමල්"),
            NameForm("Chaminda", "චමින්ද"),
            NameForm("Asanka", "අසංක"),
            NameForm("Lahiru", "ලහිරු"),
            NameForm("Thisara", "තිසර"),
            NameForm("Dinesh", "දිනේෂ්"),
            NameForm("Ruwan", "රුවන්"),
            NameForm("Kasun", "කසුන්"),
        ),
        family=(
            NameForm("Perera", "පෙරේරා"),
            NameForm("De Silva", "ද සිල්වා"),
            NameForm("Bandara", "බණ්ඩාර"),
            NameForm("Jayasuriya", "ජයසූරිය"),
            NameForm("Wijesinghe", "විජේසිංහ"),
            NameForm("Gunawardena", "ගුණවර්ධන"),
            NameForm("Dissanayake", "දිසානායක"),
            NameForm("Senanayake", "සේනානායක"),
            NameForm("Herath", "හේරත්"),
            NameForm("Ratnayake", "රත්නායක"),
            NameForm("Abeysekera", "අබේසේකර"),
            NameForm("Jayawardena", "ජයවර්ධන"),
            NameForm("Weerasinghe", "වීරසිංහ"),
            NameForm("Ekanayake", "ඒකනායක"),
        ),
    ),
    # Dzongkha (Bhutan), Tibetan script. Bhutanese have no family names: a name is two
    # given names, the first often used by either sex (Tshering, Sonam, Karma), the
    # second marking sex (Dorji, Wangmo). `family` holds the first kind and family_first
    # is True, so family + given reads Tshering Wangmo. Each element ends with a tsheg.
    "dz": Naming(
        script="TIBETAN",
        given_female=(
            NameForm("Wangmo", "དབང་མོ་"),
            NameForm("Zangmo", "བཟང་མོ་"),
            NameForm("Lhamo", "ལྷ་མོ་"),
            NameForm("Choden", "ཆོས་སྒྲོན་"),
            NameForm("Yangchen", "དབྱངས་ཅན་"),
            NameForm("Dolma", "སྒྲོལ་མ་"),
            NameForm("Yangzom", "དབྱངས་འཛོམས་"),
            NameForm("Pelmo", "དཔལ་མོ་"),
            NameForm("Om", "ཨོམ་"),
        ),
        given_male=(
            NameForm("Dorji", "རྡོ་རྗེ་"),
            NameForm("Wangchuk", "དབང་ཕྱུག་"),
            NameForm("Norbu", "ནོར་བུ་"),
            NameForm("Penjor", "དཔལ་འབྱོར་"),
            NameForm("Tobgay", "སྟོབས་རྒྱས་"),
            NameForm("Lhendup", "ལྷུན་གྲུབ་"),
            NameForm("Dhendup", "དོན་གྲུབ་"),
            NameForm("Gyeltshen", "རྒྱལ་མཚན་"),
            NameForm("Namgyel", "རྣམ་རྒྱལ་"),
            NameForm("Thinley", "འཕྲིན་ལས་"),
            NameForm("Tenzin", "བསྟན་འཛིན་"),
            NameForm("Phurba", "ཕུར་པ་"),
        ),
        family=(
            NameForm("Tshering", "ཚེ་རིང་"),
            NameForm("Sonam", "བསོད་ནམས་"),
            NameForm("Karma", "ཀརྨ་"),
            NameForm("Pema", "པདྨ་"),
            NameForm("Kinley", "ཀུན་ལེགས་"),
            NameForm("Tashi", "བཀྲ་ཤིས་"),
            NameForm("Ugyen", "ཨོ་རྒྱན་"),
            NameForm("Yeshey", "ཡེ་ཤེས་"),
            NameForm("Chimi", "འཆི་མེད་"),
            NameForm("Sangay", "སངས་རྒྱས་"),
            NameForm("Dechen", "བདེ་ཆེན་"),
            NameForm("Rinzin", "རིག་འཛིན་"),
            NameForm("Tshewang", "ཚེ་དབང་"),
            NameForm("Phuntsho", "ཕུན་ཚོགས་"),
        ),
        family_first=True,
    ),
    # Dhivehi (Maldives), Thaana. Maldivians rarely have family names; the second name
    # is usually the father's or another given name, which is what `family` holds.
    "dv": Naming(
        script="THAANA",
        given_female=(
            NameForm("Aishath", "އައިޝަތު"),
            NameForm("Mariyam", "މަރިޔަމް"),
            NameForm("Fathimath", "ފާޠިމަތު"),
            NameForm("Aminath", "އާމިނަތު"),
            NameForm("Hawwa", "ހައްވާ"),
            NameForm("Khadheeja", "ޚަދީޖާ"),
            NameForm("Zeenath", "ޒީނަތު"),
            NameForm("Shareefa", "ޝަރީފާ"),
            NameForm("Asiya", "އާސިޔާ"),
            NameForm("Raheema", "ރަޙީމާ"),
            NameForm("Nasreena", "ނަސްރީނާ"),
        ),
        given_male=(
            NameForm("Mohamed", "މުޙައްމަދު"),
            NameForm("Ahmed", "އަޙްމަދު"),
            NameForm("Ibrahim", "އިބްރާހީމް"),
            NameForm("Ali", "ޢަލީ"),
            NameForm("Hassan", "ޙަސަން"),
            NameForm("Hussain", "ޙުސައިން"),
            NameForm("Abdulla", "ޢަބްދުއްލާ"),
            NameForm("Ismail", "އިސްމާޢީލް"),
            NameForm("Moosa", "މޫސާ"),
            NameForm("Yoosuf", "ޔޫސުފް"),
            NameForm("Adam", "އާދަމް"),
        ),
        family=(
            NameForm("Rasheed", "ރަޝީދު"),
            NameForm("Waheed", "ވަޙީދު"),
            NameForm("Nazeer", "ނަޒީރު"),
            NameForm("Shareef", "ޝަރީފް"),
            NameForm("Didi", "ދީދީ"),
            NameForm("Manik", "މަނިކު"),
            NameForm("Zahir", "ޒާހިރު"),
            NameForm("Saeed", "ސަޢީދު"),
            NameForm("Latheef", "ލަޠީފް"),
            NameForm("Naseem", "ނަސީމް"),
            NameForm("Hameed", "ޙަމީދު"),
            NameForm("Shakeel", "ޝަކީލް"),
        ),
    ),
    # Thai (Thailand): given name, then family name.
    "th": Naming(
        script="THAI",
        given_female=(
            NameForm("Somsri", "สมศรี"),
            NameForm("Malee", "มาลี"),
            NameForm("Sudarat", "สุดารัตน์"),
            NameForm("Porntip", "พรทิพย์"),
            NameForm("Kanchana", "กาญจนา"),
            NameForm("Wilaiwan", "วิไลวรรณ"),
            NameForm("Nantana", "นันทนา"),
            NameForm("Rattana", "รัตนา"),
            NameForm("Siriporn", "ศิริพร"),
            NameForm("Arunee", "อรุณี"),
        ),
        given_male=(
            NameForm("Somchai", "สมชาย"),
            NameForm("Prasert", "ประเสริฐ"),
            NameForm("Wichai", "วิชัย"),
            NameForm("Surachai", "สุรชัย"),
            NameForm("Anucha", "อนุชา"),
            NameForm("Thanaphon", "ธนพล"),
            NameForm("Nattapon", "ณัฐพล"),
            NameForm("Kittisak", "กิตติศักดิ์"),
            NameForm("Chaiwat", "ชัยวัฒน์"),
            NameForm("Somsak", "สมศักดิ์"),
        ),
        family=(
            NameForm("Srisuk", "ศรีสุข"),
            NameForm("Kaewmanee", "แก้วมณี"),
            NameForm("Suksawat", "สุขสวัสดิ์"),
            NameForm("Wongsawat", "วงศ์สวัสดิ์"),
            NameForm("Boonma", "บุญมา"),
            NameForm("Thongdee", "ทองดี"),
            NameForm("Charoensuk", "เจริญสุข"),
            NameForm("Rattanaphan", "รัตนพันธ์"),
            NameForm("Pongpanich", "พงษ์พานิช"),
            NameForm("Suwannasri", "สุวรรณศรี"),
            NameForm("Sriprasert", "ศรีประเสริฐ"),
        ),
    ),
    # Khmer (Cambodia): family name first, as in Khmer usage.
    "km": Naming(
        script="KHMER",
        given_female=(
            NameForm("Sophea", "សុភា"),
            NameForm("Chanthy", "ចាន់ធី"),
            NameForm("Sreypov", "ស្រីពៅ"),
            NameForm("Sreymom", "ស្រីមុំ"),
            NameForm("Thida", "ធីតា"),
            NameForm("Bopha", "បុប្ផា"),
            NameForm("Maly", "ម៉ាលី"),
            NameForm("Chantrea", "ចន្ទ្រា"),
            NameForm("Sopheap", "សុភាព"),
            NameForm("Raksmey", "រស្មី"),
        ),
        given_male=(
            NameForm("Dara", "ដារ៉ា"),
            NameForm("Visal", "វិសាល"),
            NameForm("Sophal", "សុផល"),
            NameForm("Rithy", "រិទ្ធី"),
            NameForm("Piseth", "ពិសិដ្ឋ"),
            NameForm("Samnang", "សំណាង"),
            NameForm("Vuthy", "វុទ្ធី"),
            NameForm("Sovann", "សុវណ្ណ"),
            NameForm("Sokha", "សុខា"),
            NameForm("Channa", "ចាន់ណា"),
        ),
        family=(
            NameForm("Sok", "សុខ"),
            NameForm("Chea", "ជា"),
            NameForm("Chan", "ចាន់"),
            NameForm("Keo", "កែវ"),
            NameForm("Heng", "ហេង"),
            NameForm("Ly", "លី"),
            NameForm("Seng", "សេង"),
            NameForm("Tep", "ទេព"),
            NameForm("Chhim", "ឈឹម"),
            NameForm("Yim", "យឹម"),
            NameForm("Sim", "ស៊ីម"),
            NameForm("Pich", "ពេជ្រ"),
            NameForm("Mao", "ម៉ៅ"),
            NameForm("Nuon", "នួន"),
        ),
        family_first=True,
    ),
    # Lao (Laos): given name, then family name.
    "lo": Naming(
        script="LAO",
        given_female=(
            NameForm("Chanthala", "ຈັນທະລາ"),
            NameForm("Sengdeuane", "ແສງເດືອນ"),
            NameForm("Manivanh", "ມະນີວັນ"),
            NameForm("Viengkham", "ວຽງຄຳ"),
            NameForm("Nalee", "ນາລີ"),
            NameForm("Bouaphanh", "ບົວພັນ"),
            NameForm("Souda", "ສຸດາ"),
            NameForm("Maly", "ມາລີ"),
            NameForm("Khampheng", "ຄຳແພງ"),
            NameForm("Sida", "ສີດາ"),
        ),
        given_male=(
            NameForm("Somphone", "ສົມພອນ"),
            NameForm("Bounmy", "ບຸນມີ"),
            NameForm("Souksavanh", "ສຸກສະຫວັນ"),
            NameForm("Khamphone", "ຄຳພອນ"),
            NameForm("Thongloun", "ທອງລຸນ"),
            NameForm("Phoumy", "ພູມີ"),
            NameForm("Vilay", "ວິໄລ"),
            NameForm("Bounthanh", "ບຸນທັນ"),
            NameForm("Somsack", "ສົມສັກ"),
            NameForm("Phonesavanh", "ພອນສະຫວັນ"),
        ),
        family=(
            NameForm("Vongsa", "ວົງສາ"),
            NameForm("Keomany", "ແກ້ວມະນີ"),
            NameForm("Xayavong", "ໄຊຍະວົງ"),
            NameForm("Phommachanh", "ພົມມະຈັນ"),
            NameForm("Souvannavong", "ສຸວັນນະວົງ"),
            NameForm("Vongsavanh", "ວົງສະຫວັນ"),
            NameForm("Inthavong", "ອິນທະວົງ"),
            NameForm("Sihalath", "ສີຫາລາດ"),
            NameForm("Chanthavong", "ຈັນທະວົງ"),
            NameForm("Douangmany", "ດວງມະນີ"),
            NameForm("Philavong", "ພິລາວົງ"),
            NameForm("Souriyavong", "ສຸລິຍະວົງ"),
        ),
    ),
    # Burmese (Myanmar). Burmese names have no family name: `family` holds a common
    # closing name element (Aye, Myint, Win ...) so given + family reads as one personal
    # name, e.g. Khin Mar Aye. In Burmese script the parts are usually written without
    # spaces.
    "my": Naming(
        script="MYANMAR",
        given_female=(
            NameForm("Khin Mar", "ခင်မာ"),
            NameForm("Thida", "သီတာ"),
            NameForm("Hnin Wai", "နှင်းဝေ"),
            NameForm("Myat Noe", "မြတ်နိုး"),
            NameForm("Su Su", "စုစု"),
            NameForm("Yadanar", "ရတနာ"),
            NameForm("Thandar", "သန္တာ"),
            NameForm("Phyu Phyu", "ဖြူဖြူ"),
            NameForm("May Thu", "မေသူ"),
            NameForm("Ei Ei", "အိအိ"),
            NameForm("Nandar", "နန္ဒာ"),
        ),
        given_male=(
            NameForm("Aung Ko", "အောင်ကို"),
            NameForm("Min Htet", "မင်းထက်"),
            NameForm("Htun Htun", "ထွန်းထွန်း"),
            NameForm("Zaw Min", "ဇော်မင်း"),
            NameForm("Thura", "သူရ"),
            NameForm("Naing Lin", "နိုင်လင်း"),
            NameForm("Kyaw Swar", "ကျော်စွာ"),
            NameForm("Win Naing", "ဝင်းနိုင်"),
            NameForm("Soe Min", "စိုးမင်း"),
            NameForm("Kyaw Zin", "ကျော်ဇင်"),
        ),
        family=(
            NameForm("Aye", "အေး"),
            NameForm("Myint", "မြင့်"),
            NameForm("Win", "ဝင်း"),
            NameForm("Thein", "သိန်း"),
            NameForm("Htay", "ဌေး"),
            NameForm("Moe", "မိုး"),
            NameForm("Lwin", "လွင်"),
            NameForm("Kyi", "ကြည်"),
            NameForm("Zin", "ဇင်"),
            NameForm("Hlaing", "လှိုင်"),
            NameForm("Nyein", "ငြိမ်း"),
        ),
    ),
    # Vietnamese: family name first; the middle name (Thị, Văn ...) is kept with the
    # given name.
    "vi": Naming(
        script="LATIN",
        given_female=(
            NameForm("Thị Lan", "Thị Lan"),
            NameForm("Thị Hương", "Thị Hương"),
            NameForm("Thu Hà", "Thu Hà"),
            NameForm("Ngọc Anh", "Ngọc Anh"),
            NameForm("Thị Mai", "Thị Mai"),
            NameForm("Minh Thư", "Minh Thư"),
            NameForm("Thanh Hằng", "Thanh Hằng"),
            NameForm("Phương Linh", "Phương Linh"),
            NameForm("Thị Hồng Nhung", "Thị Hồng Nhung"),
            NameForm("Bích Ngọc", "Bích Ngọc"),
        ),
        given_male=(
            NameForm("Văn Hùng", "Văn Hùng"),
            NameForm("Văn Nam", "Văn Nam"),
            NameForm("Minh Tuấn", "Minh Tuấn"),
            NameForm("Đức Anh", "Đức Anh"),
            NameForm("Quốc Bảo", "Quốc Bảo"),
            NameForm("Hoàng Long", "Hoàng Long"),
            NameForm("Văn Thắng", "Văn Thắng"),
            NameForm("Thanh Sơn", "Thanh Sơn"),
            NameForm("Quang Huy", "Quang Huy"),
            NameForm("Xuân Trường", "Xuân Trường"),
        ),
        family=(
            NameForm("Nguyễn", "Nguyễn"),
            NameForm("Trần", "Trần"),
            NameForm("Lê", "Lê"),
            NameForm("Phạm", "Phạm"),
            NameForm("Hoàng", "Hoàng"),
            NameForm("Huỳnh", "Huỳnh"),
            NameForm("Phan", "Phan"),
            NameForm("Vũ", "Vũ"),
            NameForm("Võ", "Võ"),
            NameForm("Đặng", "Đặng"),
            NameForm("Bùi", "Bùi"),
            NameForm("Đỗ", "Đỗ"),
            NameForm("Hồ", "Hồ"),
            NameForm("Ngô", "Ngô"),
            NameForm("Dương", "Dương"),
        ),
        family_first=True,
    ),
    # Chinese as used in Singapore and Malaysia: simplified characters, family name first.
    # Given names in pinyin without tones; family names in the dialect spellings
    # Singaporeans actually carry (陈 Tan, 林 Lim, 黄 Wong). Chinese script is written
    # without spaces.
    "zh": Naming(
        script="CJK",
        given_female=(
            NameForm("Mei Ling", "美玲"),
            NameForm("Li Hua", "丽华"),
            NameForm("Hui Min", "慧敏"),
            NameForm("Ya Ting", "雅婷"),
            NameForm("Jia Yi", "佳怡"),
            NameForm("Shu Fen", "淑芬"),
            NameForm("Xiu Ying", "秀英"),
            NameForm("Xiao Hong", "晓红"),
            NameForm("Shi Qi", "诗琪"),
            NameForm("Xin Yi", "欣怡"),
        ),
        given_male=(
            NameForm("Wei Ming", "伟明"),
            NameForm("Zhi Qiang", "志强"),
            NameForm("Jun Jie", "俊杰"),
            NameForm("Jia Hao", "家豪"),
            NameForm("Jian Hua", "建华"),
            NameForm("Guo Ping", "国平"),
            NameForm("Wen Jie", "文杰"),
            NameForm("Hao Ran", "浩然"),
            NameForm("Zi Xuan", "子轩"),
            NameForm("Zhi Ming", "志明"),
        ),
        family=(
            NameForm("Tan", "陈"),
            NameForm("Lim", "林"),
            NameForm("Lee", "李"),
            NameForm("Wong", "黄"),
            NameForm("Ong", "王"),
            NameForm("Teo", "张"),
            NameForm("Lau", "刘"),
            NameForm("Tay", "郑"),
            NameForm("Yeo", "杨"),
            NameForm("Chua", "蔡"),
            NameForm("Koh", "许"),
            NameForm("Goh", "吴"),
            NameForm("Ho", "何"),
        ),
        family_first=True,
    ),
    # Korean as written in the DPR Korea (리 not 이, 림 not 임, 녀 not 여), family name
    # first; romanised the DPRK way with each given-name syllable separate (Kim Chol Min).
    "ko": Naming(
        script="HANGUL",
        given_female=(
            NameForm("Son Hui", "선희"),
            NameForm("Yong Hui", "영희"),
            NameForm("Kum Sun", "금순"),
            NameForm("Un Jong", "은정"),
            NameForm("Myong Ok", "명옥"),
            NameForm("Jong Suk", "정숙"),
            NameForm("Hye Yong", "혜영"),
            NameForm("Sun Hui", "순희"),
            NameForm("Kyong Hui", "경희"),
            NameForm("Chun Hui", "춘희"),
            NameForm("Ok Ran", "옥란"),
        ),
        given_male=(
            NameForm("Chol Min", "철민"),
            NameForm("Yong Chol", "영철"),
            NameForm("Kwang Hyok", "광혁"),
            NameForm("Song Nam", "성남"),
            NameForm("Myong Su", "명수"),
            NameForm("Jong Ho", "정호"),
            NameForm("Hyok Chol", "혁철"),
            NameForm("Myong Chol", "명철"),
            NameForm("Kwang Chol", "광철"),
            NameForm("Un Chol", "은철"),
            NameForm("Song Jin", "성진"),
            NameForm("Ryong Nam", "룡남"),
        ),
        family=(
            NameForm("Kim", "김"),
            NameForm("Ri", "리"),
            NameForm("Pak", "박"),
            NameForm("Choe", "최"),
            NameForm("Jong", "정"),
            NameForm("Kang", "강"),
            NameForm("Jo", "조"),
            NameForm("Yun", "윤"),
            NameForm("Jang", "장"),
            NameForm("Han", "한"),
            NameForm("Rim", "림"),
            NameForm("Hong", "홍"),
            NameForm("Hyon", "현"),
            NameForm("Ro", "로"),
        ),
        family_first=True,
    ),
    # Mongolian (Cyrillic). Mongolians are known by their given name; the father's
    # name in the genitive comes first (Batbayaryn Oyuun), so `family` holds such
    # patronymics and family_first is True. Latin as in Mongolian passports (u for ү, o
    # for ө).
    "mn": Naming(
        script="CYRILLIC",
        given_female=(
            NameForm("Oyuun", "Оюун"),
            NameForm("Sarangerel", "Сарангэрэл"),
            NameForm("Enkhjargal", "Энхжаргал"),
            NameForm("Munkhtsetseg", "Мөнхцэцэг"),
            NameForm("Narantsetseg", "Наранцэцэг"),
            NameForm("Altantsetseg", "Алтанцэцэг"),
            NameForm("Bolormaa", "Болормаа"),
            NameForm("Tsetsegmaa", "Цэцэгмаа"),
            NameForm("Oyunchimeg", "Оюунчимэг"),
            NameForm("Anujin", "Анужин"),
            NameForm("Nomin", "Номин"),
            NameForm("Khulan", "Хулан"),
        ),
        given_male=(
            NameForm("Batbayar", "Батбаяр"),
            NameForm("Ganbold", "Ганболд"),
            NameForm("Enkhbayar", "Энхбаяр"),
            NameForm("Tumurbaatar", "Төмөрбаатар"),
            NameForm("Battulga", "Баттулга"),
            NameForm("Munkh-Erdene", "Мөнх-Эрдэнэ"),
            NameForm("Ganzorig", "Ганзориг"),
            NameForm("Temuulen", "Тэмүүлэн"),
            NameForm("Bilguun", "Билгүүн"),
            NameForm("Batzorig", "Батзориг"),
            NameForm("Erdenebat", "Эрдэнэбат"),
            NameForm("Lkhagvasuren", "Лхагвасүрэн"),
        ),
        family=(
            NameForm("Batbayaryn", "Батбаярын"),
            NameForm("Ganboldyn", "Ганболдын"),
            NameForm("Dorjiin", "Доржийн"),
            NameForm("Erdeniin", "Эрдэнийн"),
            NameForm("Sukhbaataryn", "Сүхбаатарын"),
            NameForm("Bayaryn", "Баярын"),
            NameForm("Munkhiin", "Мөнхийн"),
            NameForm("Boldyn", "Болдын"),
            NameForm("Tumuriin", "Төмөрийн"),
            NameForm("Ochiryn", "Очирын"),
            NameForm("Pureviin", "Пүрэвийн"),
            NameForm("Nyamaagiin", "Нямаагийн"),
            NameForm("Dashdorjiin", "Дашдоржийн"),
            NameForm("Ganbaataryn", "Ганбаатарын"),
        ),
        family_first=True,
    ),
    # Malay (Malaysia, Brunei, Singapore). The second name is the father's name; the
    # bin/binti that would precede it is left out so it suits women and men alike.
    "ms": Naming(
        script="LATIN",
        given_female=(
            NameForm("Nur Aisyah", "Nur Aisyah"),
            NameForm("Siti Aminah", "Siti Aminah"),
            NameForm("Nurul Huda", "Nurul Huda"),
            NameForm("Farah Aqilah", "Farah Aqilah"),
            NameForm("Noraini", "Noraini"),
            NameForm("Zarina", "Zarina"),
            NameForm("Rosnah", "Rosnah"),
            NameForm("Fatimah", "Fatimah"),
            NameForm("Siti Khadijah", "Siti Khadijah"),
            NameForm("Nur Izzati", "Nur Izzati"),
        ),
        given_male=(
            NameForm("Muhammad Faiz", "Muhammad Faiz"),
            NameForm("Ahmad Firdaus", "Ahmad Firdaus"),
            NameForm("Mohd Hafiz", "Mohd Hafiz"),
            NameForm("Amirul Hakim", "Amirul Hakim"),
            NameForm("Azman", "Azman"),
            NameForm("Khairul Anuar", "Khairul Anuar"),
            NameForm("Syafiq", "Syafiq"),
            NameForm("Haziq", "Haziq"),
            NameForm("Iskandar", "Iskandar"),
            NameForm("Zulkifli", "Zulkifli"),
        ),
        family=(
            NameForm("Ahmad", "Ahmad"),
            NameForm("Abdullah", "Abdullah"),
            NameForm("Ismail", "Ismail"),
            NameForm("Hassan", "Hassan"),
            NameForm("Ibrahim", "Ibrahim"),
            NameForm("Othman", "Othman"),
            NameForm("Yusof", "Yusof"),
            NameForm("Abdul Rahman", "Abdul Rahman"),
            NameForm("Hamzah", "Hamzah"),
            NameForm("Zainal Abidin", "Zainal Abidin"),
            NameForm("Abdul Razak", "Abdul Razak"),
            NameForm("Mohd Noor", "Mohd Noor"),
            NameForm("Awang", "Awang"),
        ),
    ),
    # Indonesian. Many Indonesians have no family name; the family entries are Batak
    # clan names and inherited family names (Wijaya, Santoso) carried by women and men.
    "id": Naming(
        script="LATIN",
        given_female=(
            NameForm("Dewi", "Dewi"),
            NameForm("Sri Wahyuni", "Sri Wahyuni"),
            NameForm("Putri", "Putri"),
            NameForm("Ratna", "Ratna"),
            NameForm("Fitri", "Fitri"),
            NameForm("Rina", "Rina"),
            NameForm("Wulan", "Wulan"),
            NameForm("Indah", "Indah"),
            NameForm("Kartika", "Kartika"),
            NameForm("Ayu", "Ayu"),
            NameForm("Siti Rahma", "Siti Rahma"),
        ),
        given_male=(
            NameForm("Budi", "Budi"),
            NameForm("Agus", "Agus"),
            NameForm("Andi", "Andi"),
            NameForm("Rudi", "Rudi"),
            NameForm("Joko", "Joko"),
            NameForm("Eko", "Eko"),
            NameForm("Hendra", "Hendra"),
            NameForm("Bambang", "Bambang"),
            NameForm("Dedi", "Dedi"),
            NameForm("Rizky", "Rizky"),
            NameForm("Arif", "Arif"),
            NameForm("Wahyu", "Wahyu"),
        ),
        family=(
            NameForm("Santoso", "Santoso"),
            NameForm("Wijaya", "Wijaya"),
            NameForm("Nasution", "Nasution"),
            NameForm("Siregar", "Siregar"),
            NameForm("Simanjuntak", "Simanjuntak"),
            NameForm("Harahap", "Harahap"),
            NameForm("Sitompul", "Sitompul"),
            NameForm("Tanjung", "Tanjung"),
            NameForm("Ginting", "Ginting"),
            NameForm("Gunawan", "Gunawan"),
            NameForm("Halim", "Halim"),
            NameForm("Lubis", "Lubis"),
            NameForm("Sinaga", "Sinaga"),
            NameForm("Hutapea", "Hutapea"),
        ),
    ),
    # Filipino (Philippines).
    "fil": Naming(
        script="LATIN",
        given_female=(
            NameForm("Maria Luisa", "Maria Luisa"),
            NameForm("Rosalinda", "Rosalinda"),
            NameForm("Jocelyn", "Jocelyn"),
            NameForm("Cristina", "Cristina"),
            NameForm("Marites", "Marites"),
            NameForm("Ligaya", "Ligaya"),
            NameForm("Analyn", "Analyn"),
            NameForm("Kristine", "Kristine"),
            NameForm("Rowena", "Rowena"),
            NameForm("Maricel", "Maricel"),
            NameForm("Liza", "Liza"),
            NameForm("Lourdes", "Lourdes"),
        ),
        given_male=(
            NameForm("Jose Miguel", "Jose Miguel"),
            NameForm("Juan Carlos", "Juan Carlos"),
            NameForm("Rodel", "Rodel"),
            NameForm("Ramon", "Ramon"),
            NameForm("Eduardo", "Eduardo"),
            NameForm("Jericho", "Jericho"),
            NameForm("Noel", "Noel"),
            NameForm("Rommel", "Rommel"),
            NameForm("Dante", "Dante"),
            NameForm("Ariel", "Ariel"),
            NameForm("Bayani", "Bayani"),
            NameForm("Efren", "Efren"),
        ),
        family=(
            NameForm("Santos", "Santos"),
            NameForm("Reyes", "Reyes"),
            NameForm("Cruz", "Cruz"),
            NameForm("Bautista", "Bautista"),
            NameForm("Dela Cruz", "Dela Cruz"),
            NameForm("Garcia", "Garcia"),
            NameForm("Mendoza", "Mendoza"),
            NameForm("Villanueva", "Villanueva"),
            NameForm("Aquino", "Aquino"),
            NameForm("Ramos", "Ramos"),
            NameForm("Castillo", "Castillo"),
            NameForm("Macaraeg", "Macaraeg"),
            NameForm("Dimaculangan", "Dimaculangan"),
            NameForm("Manalo", "Manalo"),
            NameForm("Pangilinan", "Pangilinan"),
            NameForm("Magbanua", "Magbanua"),
            NameForm("Ibañez", "Ibañez"),
        ),
    ),
    # Amharic (Ethiopia). No family names: the second name is the father's given name,
    # so `family` holds common fathers' names.
    "am": Naming(
        script="ETHIOPIC",
        given_female=(
            NameForm("Selam", "ሰላም"),
            NameForm("Mekdes", "መቅደስ"),
            NameForm("Birtukan", "ብርቱካን"),
            NameForm("Tsehay", "ፀሐይ"),
            NameForm("Tigist", "ትዕግስት"),
            NameForm("Hana", "ሃና"),
            NameForm("Betelhem", "ቤተልሔም"),
            NameForm("Liya", "ሊያ"),
            NameForm("Almaz", "አልማዝ"),
            NameForm("Meseret", "መሰረት"),
            NameForm("Rahel", "ራሔል"),
            NameForm("Zewditu", "ዘውዲቱ"),
        ),
        given_male=(
            NameForm("Abebe", "አበበ"),
            NameForm("Tadesse", "ታደሰ"),
            NameForm("Mulugeta", "ሙሉጌታ"),
            NameForm("Dawit", "ዳዊት"),
            NameForm("Yohannes", "ዮሐንስ"),
            NameForm("Solomon", "ሰለሞን"),
            NameForm("Birhanu", "ብርሃኑ"),
            NameForm("Getachew", "ጌታቸው"),
            NameForm("Tesfaye", "ተስፋዬ"),
            NameForm("Haile", "ኃይሌ"),
            NameForm("Dereje", "ደረጀ"),
            NameForm("Girma", "ግርማ"),
        ),
        family=(
            NameForm("Tadesse", "ታደሰ"),
            NameForm("Gebremedhin", "ገብረመድኅን"),
            NameForm("Woldemariam", "ወልደማርያም"),
            NameForm("Bekele", "በቀለ"),
            NameForm("Abebe", "አበበ"),
            NameForm("Hailemariam", "ኃይለማርያም"),
            NameForm("Tekle", "ተክሌ"),
            NameForm("Kebede", "ከበደ"),
            NameForm("Desalegn", "ደሳለኝ"),
            NameForm("Gebreselassie", "ገብረሥላሴ"),
            NameForm("Alemayehu", "አለማየሁ"),
            NameForm("Worku", "ወርቁ"),
            NameForm("Tilahun", "ጥላሁን"),
            NameForm("Shiferaw", "ሽፈራው"),
        ),
    ),
    # Tigrinya (Eritrea). As in Ethiopia the second name is the father's given name.
    "ti": Naming(
        script="ETHIOPIC",
        given_female=(
            NameForm("Saba", "ሳባ"),
            NameForm("Letebrhan", "ለተብርሃን"),
            NameForm("Elsa", "ኤልሳ"),
            NameForm("Fiori", "ፍዮሪ"),
            NameForm("Senait", "ሰናይት"),
            NameForm("Tirhas", "ትርሓስ"),
            NameForm("Lemlem", "ለምለም"),
            NameForm("Samrawit", "ሳምራዊት"),
            NameForm("Aster", "ኣስቴር"),
            NameForm("Brikti", "ብርኽቲ"),
        ),
        given_male=(
            NameForm("Tesfay", "ተስፋይ"),
            NameForm("Habte", "ሃብተ"),
            NameForm("Yonas", "ዮናስ"),
            NameForm("Mehari", "መሓሪ"),
            NameForm("Amanuel", "ኣማኑኤል"),
            NameForm("Semere", "ሰመረ"),
            NameForm("Daniel", "ዳኒኤል"),
            NameForm("Fisseha", "ፍስሃ"),
            NameForm("Kibrom", "ክብሮም"),
            NameForm("Musie", "ሙሴ"),
            NameForm("Goitom", "ጎይትኦም"),
            NameForm("Berhane", "ብርሃነ"),
        ),
        family=(
            NameForm("Tesfamariam", "ተስፋማርያም"),
            NameForm("Gebremeskel", "ገብረመስቀል"),
            NameForm("Habtemariam", "ሃብተማርያም"),
            NameForm("Woldegiorgis", "ወልደጊዮርጊስ"),
            NameForm("Teklehaimanot", "ተኽለሃይማኖት"),
            NameForm("Gebrehiwet", "ገብረሂወት"),
            NameForm("Kidane", "ኪዳነ"),
            NameForm("Yohannes", "ዮሃንስ"),
            NameForm("Haile", "ሃይለ"),
            NameForm("Mengisteab", "መንግስተኣብ"),
            NameForm("Berhe", "በርሀ"),
            NameForm("Girmay", "ግርማይ"),
            NameForm("Abraha", "ኣብርሃ"),
            NameForm("Tewelde", "ተወልደ"),
        ),
    ),
    # Somali (Somalia, Djibouti), in the spellings Somalis use abroad and in English;
    # the second name is the father's given name.
    "so": Naming(
        script="LATIN",
        given_female=(
            NameForm("Hodan", "Hodan"),
            NameForm("Fadumo", "Fadumo"),
            NameForm("Asha", "Asha"),
            NameForm("Ayaan", "Ayaan"),
            NameForm("Hibo", "Hibo"),
            NameForm("Sahra", "Sahra"),
            NameForm("Ifrah", "Ifrah"),
            NameForm("Nimco", "Nimco"),
            NameForm("Ubah", "Ubah"),
            NameForm("Idil", "Idil"),
            NameForm("Hamdi", "Hamdi"),
            NameForm("Sagal", "Sagal"),
        ),
        given_male=(
            NameForm("Abdirahman", "Abdirahman"),
            NameForm("Abdullahi", "Abdullahi"),
            NameForm("Mohamed", "Mohamed"),
            NameForm("Ahmed", "Ahmed"),
            NameForm("Hassan", "Hassan"),
            NameForm("Omar", "Omar"),
            NameForm("Yusuf", "Yusuf"),
            NameForm("Ismail", "Ismail"),
            NameForm("Abdiwali", "Abdiwali"),
            NameForm("Guled", "Guled"),
            NameForm("Liban", "Liban"),
            NameForm("Mahad", "Mahad"),
            NameForm("Warsame", "Warsame"),
        ),
        family=(
            NameForm("Farah", "Farah"),
            NameForm("Warsame", "Warsame"),
            NameForm("Abdi", "Abdi"),
            NameForm("Hussein", "Hussein"),
            NameForm("Jama", "Jama"),
            NameForm("Egal", "Egal"),
            NameForm("Nur", "Nur"),
            NameForm("Osman", "Osman"),
            NameForm("Ali", "Ali"),
            NameForm("Hirsi", "Hirsi"),
            NameForm("Dualeh", "Dualeh"),
            NameForm("Adan", "Adan"),
            NameForm("Mohamud", "Mohamud"),
            NameForm("Samatar", "Samatar"),
            NameForm("Elmi", "Elmi"),
        ),
    ),
    # Swahili-speaking East Africa (Tanzania, Zanzibar, coastal Kenya) and Comoros. Family
    # entries are fathers' or clan names as carried in Tanzania.
    "sw": Naming(
        script="LATIN",
        given_female=(
            NameForm("Amina", "Amina"),
            NameForm("Zawadi", "Zawadi"),
            NameForm("Neema", "Neema"),
            NameForm("Rehema", "Rehema"),
            NameForm("Upendo", "Upendo"),
            NameForm("Mwanaisha", "Mwanaisha"),
            NameForm("Halima", "Halima"),
            NameForm("Furaha", "Furaha"),
            NameForm("Imani", "Imani"),
            NameForm("Mwajuma", "Mwajuma"),
            NameForm("Saida", "Saida"),
            NameForm("Subira", "Subira"),
        ),
        given_male=(
            NameForm("Juma", "Juma"),
            NameForm("Baraka", "Baraka"),
            NameForm("Hamisi", "Hamisi"),
            NameForm("Omari", "Omari"),
            NameForm("Rashidi", "Rashidi"),
            NameForm("Salim", "Salim"),
            NameForm("Bakari", "Bakari"),
            NameForm("Athumani", "Athumani"),
            NameForm("Mussa", "Mussa"),
            NameForm("Shabani", "Shabani"),
            NameForm("Ramadhani", "Ramadhani"),
            NameForm("Issa", "Issa"),
            NameForm("Faraji", "Faraji"),
        ),
        family=(
            NameForm("Mwakyusa", "Mwakyusa"),
            NameForm("Mushi", "Mushi"),
            NameForm("Massawe", "Massawe"),
            NameForm("Kimaro", "Kimaro"),
            NameForm("Mrema", "Mrema"),
            NameForm("Msuya", "Msuya"),
            NameForm("Mwakalinga", "Mwakalinga"),
            NameForm("Lyimo", "Lyimo"),
            NameForm("Shayo", "Shayo"),
            NameForm("Kombo", "Kombo"),
            NameForm("Abdallah", "Abdallah"),
            NameForm("Hamad", "Hamad"),
            NameForm("Said", "Said"),
            NameForm("Mohamed", "Mohamed"),
        ),
    ),
    # Rwanda and Burundi: a Christian given name and a personal Kinyarwanda/Kirundi name,
    # used as the family name.
    "rw": Naming(
        script="LATIN",
        given_female=(
            NameForm("Claudine", "Claudine"),
            NameForm("Aline", "Aline"),
            NameForm("Diane", "Diane"),
            NameForm("Josiane", "Josiane"),
            NameForm("Divine", "Divine"),
            NameForm("Clarisse", "Clarisse"),
            NameForm("Jeanne d'Arc", "Jeanne d'Arc"),
            NameForm("Solange", "Solange"),
            NameForm("Alice", "Alice"),
            NameForm("Béatrice", "Béatrice"),
        ),
        given_male=(
            NameForm("Jean-Claude", "Jean-Claude"),
            NameForm("Jean-Paul", "Jean-Paul"),
            NameForm("Emmanuel", "Emmanuel"),
            NameForm("Eric", "Eric"),
            NameForm("Patrick", "Patrick"),
            NameForm("Innocent", "Innocent"),
            NameForm("Olivier", "Olivier"),
            NameForm("Théogène", "Théogène"),
            NameForm("Aimable", "Aimable"),
            NameForm("Fabrice", "Fabrice"),
            NameForm("Jean de Dieu", "Jean de Dieu"),
            NameForm("Évariste", "Évariste"),
        ),
        family=(
            NameForm("Uwimana", "Uwimana"),
            NameForm("Niyonzima", "Niyonzima"),
            NameForm("Ndayisaba", "Ndayisaba"),
            NameForm("Niyonsaba", "Niyonsaba"),
            NameForm("Irakoze", "Irakoze"),
            NameForm("Nsengiyumva", "Nsengiyumva"),
            NameForm("Bizimana", "Bizimana"),
            NameForm("Munyaneza", "Munyaneza"),
            NameForm("Iradukunda", "Iradukunda"),
            NameForm("Tuyishime", "Tuyishime"),
            NameForm("Niyigena", "Niyigena"),
            NameForm("Ndikumana", "Ndikumana"),
        ),
    ),
    # Malagasy (Madagascar); family names are long, good for badge-overflow tests.
    "mg": Naming(
        script="LATIN",
        given_female=(
            NameForm("Voahangy", "Voahangy"),
            NameForm("Hanitra", "Hanitra"),
            NameForm("Lalao", "Lalao"),
            NameForm("Fanja", "Fanja"),
            NameForm("Vola", "Vola"),
            NameForm("Haingo", "Haingo"),
            NameForm("Miora", "Miora"),
            NameForm("Onja", "Onja"),
            NameForm("Nirina", "Nirina"),
            NameForm("Tiana", "Tiana"),
            NameForm("Hasina", "Hasina"),
        ),
        given_male=(
            NameForm("Andry", "Andry"),
            NameForm("Hery", "Hery"),
            NameForm("Rivo", "Rivo"),
            NameForm("Tsiory", "Tsiory"),
            NameForm("Mamy", "Mamy"),
            NameForm("Faly", "Faly"),
            NameForm("Fidy", "Fidy"),
            NameForm("Solofo", "Solofo"),
            NameForm("Toky", "Toky"),
            NameForm("Haja", "Haja"),
            NameForm("Njaka", "Njaka"),
        ),
        family=(
            NameForm("Rakotomalala", "Rakotomalala"),
            NameForm("Randrianarisoa", "Randrianarisoa"),
            NameForm("Andrianarivo", "Andrianarivo"),
            NameForm("Razafindrakoto", "Razafindrakoto"),
            NameForm("Rajaonarison", "Rajaonarison"),
            NameForm("Rabemananjara", "Rabemananjara"),
            NameForm("Andriamanjato", "Andriamanjato"),
            NameForm("Ranaivoson", "Ranaivoson"),
            NameForm("Rakotonirina", "Rakotonirina"),
            NameForm("Razafimahatratra", "Razafimahatratra"),
            NameForm("Andrianjafy", "Andrianjafy"),
            NameForm("Ratsimbazafy", "Ratsimbazafy"),
            NameForm("Randriamampionona", "Randriamampionona"),
        ),
    ),
    # French-speaking West and Central Africa, with local names (Aïssatou, N'Guessan).
    "fr": Naming(
        script="LATIN",
        given_female=(
            NameForm("Aïssatou", "Aïssatou"),
            NameForm("Fatoumata", "Fatoumata"),
            NameForm("Aminata", "Aminata"),
            NameForm("Mariam", "Mariam"),
            NameForm("Kadiatou", "Kadiatou"),
            NameForm("Awa", "Awa"),
            NameForm("Adjoua", "Adjoua"),
            NameForm("Affoué", "Affoué"),
            NameForm("Nafissatou", "Nafissatou"),
            NameForm("Rokia", "Rokia"),
            NameForm("Bintou", "Bintou"),
            NameForm("Clarisse", "Clarisse"),
            NameForm("Mireille", "Mireille"),
            NameForm("Solange", "Solange"),
            NameForm("Nadège", "Nadège"),
            NameForm("Marie-Claire", "Marie-Claire"),
        ),
        given_male=(
            NameForm("Mamadou", "Mamadou"),
            NameForm("Ousmane", "Ousmane"),
            NameForm("Sékou", "Sékou"),
            NameForm("Moussa", "Moussa"),
            NameForm("Kouassi", "Kouassi"),
            NameForm("Abdoulaye", "Abdoulaye"),
            NameForm("Ibrahima", "Ibrahima"),
            NameForm("Boubacar", "Boubacar"),
            NameForm("Cheikh", "Cheikh"),
            NameForm("Yao", "Yao"),
            NameForm("Koffi", "Koffi"),
            NameForm("Jean-Baptiste", "Jean-Baptiste"),
            NameForm("Jean-Pierre", "Jean-Pierre"),
            NameForm("Serge", "Serge"),
            NameForm("Hervé", "Hervé"),
        ),
        family=(
            NameForm("Diallo", "Diallo"),
            NameForm("Traoré", "Traoré"),
            NameForm("Coulibaly", "Coulibaly"),
            NameForm("Koné", "Koné"),
            NameForm("Diop", "Diop"),
            NameForm("Ndiaye", "Ndiaye"),
            NameForm("Sow", "Sow"),
            NameForm("Camara", "Camara"),
            NameForm("Keïta", "Keïta"),
            NameForm("Touré", "Touré"),
            NameForm("Ouédraogo", "Ouédraogo"),
            NameForm("N'Guessan", "N'Guessan"),
            NameForm("Kaboré", "Kaboré"),
            NameForm("Sangaré", "Sangaré"),
            NameForm("Mbemba", "Mbemba"),
            NameForm("Tshibanda", "Tshibanda"),
            NameForm("Mukendi", "Mukendi"),
            NameForm("Mbarga", "Mbarga"),
            NameForm("Ngoma", "Ngoma"),
            NameForm("Hounsou", "Hounsou"),
            NameForm("Dossou", "Dossou"),
            NameForm("Agbodjan", "Agbodjan"),
            NameForm("Kodjo", "Kodjo"),
        ),
    ),
    # English-speaking Africa: Nigeria, Ghana, Gambia, Sierra Leone, Liberia, Kenya,
    # Uganda, Zambia, Malawi, Zimbabwe and southern Africa.
    "en": Naming(
        script="LATIN",
        given_female=(
            NameForm("Wanjiru", "Wanjiru"),
            NameForm("Thandiwe", "Thandiwe"),
            NameForm("Ngozi", "Ngozi"),
            NameForm("Chiamaka", "Chiamaka"),
            NameForm("Abena", "Abena"),
            NameForm("Akosua", "Akosua"),
            NameForm("Folake", "Folake"),
            NameForm("Nomvula", "Nomvula"),
            NameForm("Lerato", "Lerato"),
            NameForm("Chipo", "Chipo"),
            NameForm("Achieng", "Achieng"),
            NameForm("Nakato", "Nakato"),
            NameForm("Fatou", "Fatou"),
            NameForm("Mariama", "Mariama"),
            NameForm("Naledi", "Naledi"),
            NameForm("Precious", "Precious"),
        ),
        given_male=(
            NameForm("Chukwuemeka", "Chukwuemeka"),
            NameForm("Oluwaseun", "Oluwaseun"),
            NameForm("Babatunde", "Babatunde"),
            NameForm("Kwame", "Kwame"),
            NameForm("Kofi", "Kofi"),
            NameForm("Yaw", "Yaw"),
            NameForm("Sipho", "Sipho"),
            NameForm("Themba", "Themba"),
            NameForm("Tatenda", "Tatenda"),
            NameForm("Tinashe", "Tinashe"),
            NameForm("Kagiso", "Kagiso"),
            NameForm("Otieno", "Otieno"),
            NameForm("Mugisha", "Mugisha"),
            NameForm("Lamin", "Lamin"),
            NameForm("Ebrima", "Ebrima"),
            NameForm("Bongani", "Bongani"),
        ),
        family=(
            NameForm("Okonkwo", "Okonkwo"),
            NameForm("Adeyemi", "Adeyemi"),
            NameForm("Okafor", "Okafor"),
            NameForm("Mensah", "Mensah"),
            NameForm("Boateng", "Boateng"),
            NameForm("Osei", "Osei"),
            NameForm("Kamau", "Kamau"),
            NameForm("Mwangi", "Mwangi"),
            NameForm("Ochieng", "Ochieng"),
            NameForm("Dlamini", "Dlamini"),
            NameForm("Nkosi", "Nkosi"),
            NameForm("Mokoena", "Mokoena"),
            NameForm("Moyo", "Moyo"),
            NameForm("Banda", "Banda"),
            NameForm("Phiri", "Phiri"),
            NameForm("Mwale", "Mwale"),
            NameForm("Okello", "Okello"),
            NameForm("Jallow", "Jallow"),
            NameForm("Ceesay", "Ceesay"),
            NameForm("Kamara", "Kamara"),
            NameForm("Sesay", "Sesay"),
            NameForm("Koroma", "Koroma"),
            NameForm("Mutua", "Mutua"),
            NameForm("Ndlovu", "Ndlovu"),
            NameForm("Molefe", "Molefe"),
        ),
    ),
    # South Sudan (Dinka, Nuer and others); the second name is the father's name.
    "din": Naming(
        script="LATIN",
        given_female=(
            NameForm("Nyandeng", "Nyandeng"),
            NameForm("Achol", "Achol"),
            NameForm("Ayen", "Ayen"),
            NameForm("Abuk", "Abuk"),
            NameForm("Akech", "Akech"),
            NameForm("Nyakuoth", "Nyakuoth"),
            NameForm("Aluel", "Aluel"),
            NameForm("Adut", "Adut"),
            NameForm("Nyabol", "Nyabol"),
            NameForm("Athieng", "Athieng"),
            NameForm("Rebecca", "Rebecca"),
            NameForm("Mary", "Mary"),
        ),
        given_male=(
            NameForm("Deng", "Deng"),
            NameForm("Garang", "Garang"),
            NameForm("Majok", "Majok"),
            NameForm("Akol", "Akol"),
            NameForm("Lual", "Lual"),
            NameForm("Bol", "Bol"),
            NameForm("Mabior", "Mabior"),
            NameForm("Manyang", "Manyang"),
            NameForm("Kuol", "Kuol"),
            NameForm("Gatluak", "Gatluak"),
            NameForm("Madut", "Madut"),
            NameForm("Ajak", "Ajak"),
            NameForm("John", "John"),
            NameForm("Peter", "Peter"),
        ),
        family=(
            NameForm("Deng", "Deng"),
            NameForm("Garang", "Garang"),
            NameForm("Akol", "Akol"),
            NameForm("Malual", "Malual"),
            NameForm("Mayen", "Mayen"),
            NameForm("Kuol", "Kuol"),
            NameForm("Majok", "Majok"),
            NameForm("Chol", "Chol"),
            NameForm("Bol", "Bol"),
            NameForm("Gatkuoth", "Gatkuoth"),
            NameForm("Thon", "Thon"),
            NameForm("Atem", "Atem"),
            NameForm("Mading", "Mading"),
            NameForm("Dut", "Dut"),
            NameForm("Ring", "Ring"),
        ),
    ),
    # Portuguese: Angola, Mozambique, Guinea-Bissau, Cabo Verde, São Tomé, Timor-Leste.
    "pt": Naming(
        script="LATIN",
        given_female=(
            NameForm("Ana Paula", "Ana Paula"),
            NameForm("Maria de Fátima", "Maria de Fátima"),
            NameForm("Joana", "Joana"),
            NameForm("Esperança", "Esperança"),
            NameForm("Graça", "Graça"),
            NameForm("Conceição", "Conceição"),
            NameForm("Luísa", "Luísa"),
            NameForm("Isabel", "Isabel"),
            NameForm("Filomena", "Filomena"),
            NameForm("Domingas", "Domingas"),
            NameForm("Albertina", "Albertina"),
            NameForm("Teresa", "Teresa"),
            NameForm("Aurélia", "Aurélia"),
        ),
        given_male=(
            NameForm("João", "João"),
            NameForm("António", "António"),
            NameForm("Manuel", "Manuel"),
            NameForm("Francisco", "Francisco"),
            NameForm("Domingos", "Domingos"),
            NameForm("Adelino", "Adelino"),
            NameForm("Armindo", "Armindo"),
            NameForm("Fernando", "Fernando"),
            NameForm("Joaquim", "Joaquim"),
            NameForm("Agostinho", "Agostinho"),
            NameForm("Celestino", "Celestino"),
            NameForm("Abílio", "Abílio"),
            NameForm("Sebastião", "Sebastião"),
        ),
        family=(
            NameForm("Gonçalves", "Gonçalves"),
            NameForm("dos Santos", "dos Santos"),
            NameForm("da Silva", "da Silva"),
            NameForm("Pereira", "Pereira"),
            NameForm("Fernandes", "Fernandes"),
            NameForm("Mendes", "Mendes"),
            NameForm("Lopes", "Lopes"),
            NameForm("Tavares", "Tavares"),
            NameForm("Soares", "Soares"),
            NameForm("Monteiro", "Monteiro"),
            NameForm("Cardoso", "Cardoso"),
            NameForm("Ximenes", "Ximenes"),
            NameForm("Guterres", "Guterres"),
            NameForm("da Costa", "da Costa"),
            NameForm("Cabral", "Cabral"),
            NameForm("Mondlane", "Mondlane"),
            NameForm("Macuácua", "Macuácua"),
            NameForm("Neto", "Neto"),
            NameForm("Van-Dúnem", "Van-Dúnem"),
            NameForm("Sanhá", "Sanhá"),
            NameForm("Chipenda", "Chipenda"),
            NameForm("Belo", "Belo"),
        ),
    ),
    # Equatorial Guinea: Spanish given names, Fang and Bubi family names.
    "fan": Naming(
        script="LATIN",
        given_female=(
            NameForm("María Jesús", "María Jesús"),
            NameForm("Trinidad", "Trinidad"),
            NameForm("Milagrosa", "Milagrosa"),
            NameForm("Mercedes", "Mercedes"),
            NameForm("Purificación", "Purificación"),
            NameForm("Constancia", "Constancia"),
            NameForm("Asunción", "Asunción"),
            NameForm("Remedios", "Remedios"),
            NameForm("Ana Belén", "Ana Belén"),
            NameForm("Rosa María", "Rosa María"),
        ),
        given_male=(
            NameForm("Agustín", "Agustín"),
            NameForm("Pastor", "Pastor"),
            NameForm("Salvador", "Salvador"),
            NameForm("Anacleto", "Anacleto"),
            NameForm("Celestino", "Celestino"),
            NameForm("Gregorio", "Gregorio"),
            NameForm("Plácido", "Plácido"),
            NameForm("Marcelino", "Marcelino"),
            NameForm("Severo", "Severo"),
            NameForm("Santiago", "Santiago"),
        ),
        family=(
            NameForm("Nsue", "Nsue"),
            NameForm("Ondo", "Ondo"),
            NameForm("Mba", "Mba"),
            NameForm("Ela", "Ela"),
            NameForm("Nchama", "Nchama"),
            NameForm("Esono", "Esono"),
            NameForm("Ndong", "Ndong"),
            NameForm("Eyang", "Eyang"),
            NameForm("Mangue", "Mangue"),
            NameForm("Edjang", "Edjang"),
            NameForm("Mibuy", "Mibuy"),
            NameForm("Abeso", "Abeso"),
            NameForm("Bolekia", "Bolekia"),
            NameForm("Micha", "Micha"),
            NameForm("Ovono", "Ovono"),
            NameForm("Nsang", "Nsang"),
        ),
    ),
    # Mauritius and Seychelles: Indo-, Franco-, Afro- and Sino-Creole names.
    "mfe": Naming(
        script="LATIN",
        given_female=(
            NameForm("Priya", "Priya"),
            NameForm("Marie-Claire", "Marie-Claire"),
            NameForm("Nathalie", "Nathalie"),
            NameForm("Vanessa", "Vanessa"),
            NameForm("Shabnam", "Shabnam"),
            NameForm("Sheela", "Sheela"),
            NameForm("Marie-Josée", "Marie-Josée"),
            NameForm("Yasmine", "Yasmine"),
            NameForm("Nishta", "Nishta"),
            NameForm("Mélanie", "Mélanie"),
            NameForm("Vidya", "Vidya"),
        ),
        given_male=(
            NameForm("Vikash", "Vikash"),
            NameForm("Ravi", "Ravi"),
            NameForm("Jean-Marc", "Jean-Marc"),
            NameForm("Yannick", "Yannick"),
            NameForm("Kevin", "Kevin"),
            NameForm("Anil", "Anil"),
            NameForm("Nitin", "Nitin"),
            NameForm("Karim", "Karim"),
            NameForm("Rajen", "Rajen"),
            NameForm("Jean-Michel", "Jean-Michel"),
            NameForm("Bhavish", "Bhavish"),
            NameForm("Dev", "Dev"),
        ),
        family=(
            NameForm("Boodhoo", "Boodhoo"),
            NameForm("Seegobin", "Seegobin"),
            NameForm("Ramdin", "Ramdin"),
            NameForm("Gopaul", "Gopaul"),
            NameForm("Jhugroo", "Jhugroo"),
            NameForm("Bhoyroo", "Bhoyroo"),
            NameForm("Appadoo", "Appadoo"),
            NameForm("Li Kwong Wing", "Li Kwong Wing"),
            NameForm("Lagesse", "Lagesse"),
            NameForm("Perrine", "Perrine"),
            NameForm("Moutou", "Moutou"),
            NameForm("Jolicoeur", "Jolicoeur"),
            NameForm("Maudarbocus", "Maudarbocus"),
            NameForm("Peerbocus", "Peerbocus"),
            NameForm("Hoareau", "Hoareau"),
            NameForm("Payet", "Payet"),
            NameForm("Pillay", "Pillay"),
            NameForm("Labiche", "Labiche"),
            NameForm("Michel", "Michel"),
        ),
    ),
    # Spanish (Latin America). Several family entries are the paternal + maternal pair
    # most Latin Americans carry.
    "es": Naming(
        script="LATIN",
        given_female=(
            NameForm("María José", "María José"),
            NameForm("Ana Lucía", "Ana Lucía"),
            NameForm("Valentina", "Valentina"),
            NameForm("Camila", "Camila"),
            NameForm("Sofía", "Sofía"),
            NameForm("Gabriela", "Gabriela"),
            NameForm("Daniela", "Daniela"),
            NameForm("Ximena", "Ximena"),
            NameForm("Mariana", "Mariana"),
            NameForm("Yesenia", "Yesenia"),
            NameForm("Guadalupe", "Guadalupe"),
            NameForm("Rocío", "Rocío"),
        ),
        given_male=(
            NameForm("José Luis", "José Luis"),
            NameForm("Juan Carlos", "Juan Carlos"),
            NameForm("Andrés", "Andrés"),
            NameForm("Sebastián", "Sebastián"),
            NameForm("Mateo", "Mateo"),
            NameForm("Diego", "Diego"),
            NameForm("Alejandro", "Alejandro"),
            NameForm("Santiago", "Santiago"),
            NameForm("Jesús", "Jesús"),
            NameForm("Ramón", "Ramón"),
            NameForm("Óscar", "Óscar"),
            NameForm("Joaquín", "Joaquín"),
            NameForm("Hernán", "Hernán"),
        ),
        family=(
            NameForm("García", "García"),
            NameForm("Rodríguez", "Rodríguez"),
            NameForm("Martínez", "Martínez"),
            NameForm("López", "López"),
            NameForm("González", "González"),
            NameForm("Hernández", "Hernández"),
            NameForm("Pérez", "Pérez"),
            NameForm("Sánchez", "Sánchez"),
            NameForm("Ramírez", "Ramírez"),
            NameForm("Flores", "Flores"),
            NameForm("Gómez", "Gómez"),
            NameForm("Díaz", "Díaz"),
            NameForm("Ñáñez", "Ñáñez"),
            NameForm("Castañeda", "Castañeda"),
            NameForm("Peña", "Peña"),
            NameForm("Muñoz", "Muñoz"),
            NameForm("Núñez", "Núñez"),
            NameForm("Ibáñez", "Ibáñez"),
            NameForm("Quispe Mamani", "Quispe Mamani"),
            NameForm("Rodríguez Ñáñez", "Rodríguez Ñáñez"),
            NameForm("Hernández de la Peña", "Hernández de la Peña"),
        ),
    ),
    # Haiti.
    "ht": Naming(
        script="LATIN",
        given_female=(
            NameForm("Nadège", "Nadège"),
            NameForm("Mirlande", "Mirlande"),
            NameForm("Guerda", "Guerda"),
            NameForm("Roseline", "Roseline"),
            NameForm("Fabienne", "Fabienne"),
            NameForm("Darline", "Darline"),
            NameForm("Rose-Marie", "Rose-Marie"),
            NameForm("Yolande", "Yolande"),
            NameForm("Carline", "Carline"),
            NameForm("Myrtha", "Myrtha"),
        ),
        given_male=(
            NameForm("Jean-Robert", "Jean-Robert"),
            NameForm("Wilner", "Wilner"),
            NameForm("Réginald", "Réginald"),
            NameForm("Frantz", "Frantz"),
            NameForm("Jean-Claude", "Jean-Claude"),
            NameForm("Evens", "Evens"),
            NameForm("Lesly", "Lesly"),
            NameForm("Wilfrid", "Wilfrid"),
            NameForm("Ronald", "Ronald"),
            NameForm("Jean-Marie", "Jean-Marie"),
        ),
        family=(
            NameForm("Jean-Baptiste", "Jean-Baptiste"),
            NameForm("Pierre", "Pierre"),
            NameForm("Joseph", "Joseph"),
            NameForm("Louis", "Louis"),
            NameForm("Charles", "Charles"),
            NameForm("Saint-Fleur", "Saint-Fleur"),
            NameForm("Désir", "Désir"),
            NameForm("Dorvil", "Dorvil"),
            NameForm("Étienne", "Étienne"),
            NameForm("Célestin", "Célestin"),
            NameForm("Augustin", "Augustin"),
            NameForm("Jean-Louis", "Jean-Louis"),
            NameForm("Pierre-Louis", "Pierre-Louis"),
            NameForm("Beauvoir", "Beauvoir"),
            NameForm("Toussaint", "Toussaint"),
        ),
    ),
    # English-speaking Caribbean and Guyana (Afro-, Indo- and Portuguese-Caribbean
    # family names).
    "en_car": Naming(
        script="LATIN",
        given_female=(
            NameForm("Shanice", "Shanice"),
            NameForm("Keisha", "Keisha"),
            NameForm("Janelle", "Janelle"),
            NameForm("Simone", "Simone"),
            NameForm("Kerry-Ann", "Kerry-Ann"),
            NameForm("Shelly-Ann", "Shelly-Ann"),
            NameForm("Nadine", "Nadine"),
            NameForm("Annalise", "Annalise"),
            NameForm("Marcia", "Marcia"),
            NameForm("Tricia", "Tricia"),
            NameForm("Latoya", "Latoya"),
            NameForm("Petal", "Petal"),
            NameForm("Indira", "Indira"),
        ),
        given_male=(
            NameForm("Marlon", "Marlon"),
            NameForm("Devon", "Devon"),
            NameForm("Andre", "Andre"),
            NameForm("Kemar", "Kemar"),
            NameForm("Dwayne", "Dwayne"),
            NameForm("Rohan", "Rohan"),
            NameForm("Jermaine", "Jermaine"),
            NameForm("Kareem", "Kareem"),
            NameForm("Ravi", "Ravi"),
            NameForm("Delroy", "Delroy"),
            NameForm("Winston", "Winston"),
            NameForm("Akeem", "Akeem"),
            NameForm("Deon", "Deon"),
        ),
        family=(
            NameForm("Campbell", "Campbell"),
            NameForm("Brown", "Brown"),
            NameForm("Williams", "Williams"),
            NameForm("Thompson", "Thompson"),
            NameForm("Baptiste", "Baptiste"),
            NameForm("Joseph", "Joseph"),
            NameForm("Charles", "Charles"),
            NameForm("Persaud", "Persaud"),
            NameForm("Ramsaroop", "Ramsaroop"),
            NameForm("Maharaj", "Maharaj"),
            NameForm("Mohammed", "Mohammed"),
            NameForm("Greenidge", "Greenidge"),
            NameForm("Cumberbatch", "Cumberbatch"),
            NameForm("Knowles", "Knowles"),
            NameForm("Rolle", "Rolle"),
            NameForm("Ferguson", "Ferguson"),
            NameForm("Gonsalves", "Gonsalves"),
            NameForm("Browne", "Browne"),
            NameForm("Mitchell", "Mitchell"),
            NameForm("Seepersad", "Seepersad"),
        ),
    ),
    # Suriname: Hindustani, Javanese, Creole, Chinese and Dutch names in Dutch spelling
    # (oe, dj, tj).
    "nl": Naming(
        script="LATIN",
        given_female=(
            NameForm("Sharmila", "Sharmila"),
            NameForm("Priscilla", "Priscilla"),
            NameForm("Ingrid", "Ingrid"),
            NameForm("Shanti", "Shanti"),
            NameForm("Gwendolyn", "Gwendolyn"),
            NameForm("Soeratmi", "Soeratmi"),
            NameForm("Wendy", "Wendy"),
            NameForm("Natasja", "Natasja"),
            NameForm("Reshma", "Reshma"),
            NameForm("Jennifer", "Jennifer"),
        ),
        given_male=(
            NameForm("Ravindra", "Ravindra"),
            NameForm("Ricardo", "Ricardo"),
            NameForm("Dilip", "Dilip"),
            NameForm("Ashwin", "Ashwin"),
            NameForm("Sergio", "Sergio"),
            NameForm("Rishi", "Rishi"),
            NameForm("Glenn", "Glenn"),
            NameForm("Marciano", "Marciano"),
            NameForm("Radjesh", "Radjesh"),
            NameForm("Dennis", "Dennis"),
        ),
        family=(
            NameForm("Ramdin", "Ramdin"),
            NameForm("Jadnanansing", "Jadnanansing"),
            NameForm("Biharie", "Biharie"),
            NameForm("Sardjoe", "Sardjoe"),
            NameForm("Pinas", "Pinas"),
            NameForm("Brunings", "Brunings"),
            NameForm("Wijngaarde", "Wijngaarde"),
            NameForm("Samsoedien", "Samsoedien"),
            NameForm("Kromodimedjo", "Kromodimedjo"),
            NameForm("Sedney", "Sedney"),
            NameForm("Naarendorp", "Naarendorp"),
            NameForm("Ramdas", "Ramdas"),
            NameForm("Sewnath", "Sewnath"),
            NameForm("Tjon A Fong", "Tjon A Fong"),
        ),
    ),
    # Fiji (iTaukei and Indo-Fijian), Papua New Guinea and Vanuatu.
    "en_pac": Naming(
        script="LATIN",
        given_female=(
            NameForm("Litia", "Litia"),
            NameForm("Mere", "Mere"),
            NameForm("Vasiti", "Vasiti"),
            NameForm("Losana", "Losana"),
            NameForm("Salanieta", "Salanieta"),
            NameForm("Makereta", "Makereta"),
            NameForm("Alisi", "Alisi"),
            NameForm("Sainimere", "Sainimere"),
            NameForm("Kavita", "Kavita"),
            NameForm("Priyanka", "Priyanka"),
            NameForm("Dorothy", "Dorothy"),
            NameForm("Agnes", "Agnes"),
            NameForm("Serah", "Serah"),
        ),
        given_male=(
            NameForm("Josaia", "Josaia"),
            NameForm("Sitiveni", "Sitiveni"),
            NameForm("Tevita", "Tevita"),
            NameForm("Jone", "Jone"),
            NameForm("Semi", "Semi"),
            NameForm("Viliame", "Viliame"),
            NameForm("Epeli", "Epeli"),
            NameForm("Waisale", "Waisale"),
            NameForm("Apisai", "Apisai"),
            NameForm("Joeli", "Joeli"),
            NameForm("Rajesh", "Rajesh"),
            NameForm("Moses", "Moses"),
        ),
        family=(
            NameForm("Waqa", "Waqa"),
            NameForm("Nadolo", "Nadolo"),
            NameForm("Naivalu", "Naivalu"),
            NameForm("Ratuva", "Ratuva"),
            NameForm("Koroi", "Koroi"),
            NameForm("Vunibobo", "Vunibobo"),
            NameForm("Delana", "Delana"),
            NameForm("Naidu", "Naidu"),
            NameForm("Prasad", "Prasad"),
            NameForm("Chand", "Chand"),
            NameForm("Kalsakau", "Kalsakau"),
            NameForm("Natapei", "Natapei"),
            NameForm("Molisa", "Molisa"),
            NameForm("Tabi", "Tabi"),
            NameForm("Namah", "Namah"),
            NameForm("Pundari", "Pundari"),
            NameForm("Tau", "Tau"),
        ),
    ),
    # Azerbaijani (Latin alphabet with ə ğ ş ç ö ü ı). -ov/-yev surnames take -ova/-yeva
    # for women (family_female); -zadə and -li forms do not change.
    "az": Naming(
        script="LATIN",
        given_female=(
            NameForm("Aysel", "Aysel"),
            NameForm("Günay", "Günay"),
            NameForm("Leyla", "Leyla"),
            NameForm("Nərgiz", "Nərgiz"),
            NameForm("Səbinə", "Səbinə"),
            NameForm("Gülnar", "Gülnar"),
            NameForm("Aynur", "Aynur"),
            NameForm("Könül", "Könül"),
            NameForm("Şəbnəm", "Şəbnəm"),
            NameForm("Xədicə", "Xədicə"),
            NameForm("Fidan", "Fidan"),
            NameForm("Ülviyyə", "Ülviyyə"),
            NameForm("Nigar", "Nigar"),
            NameForm("Türkan", "Türkan"),
        ),
        given_male=(
            NameForm("Elçin", "Elçin"),
            NameForm("Rəşad", "Rəşad"),
            NameForm("Orxan", "Orxan"),
            NameForm("Tural", "Tural"),
            NameForm("Elvin", "Elvin"),
            NameForm("Kamran", "Kamran"),
            NameForm("Vüqar", "Vüqar"),
            NameForm("Ramil", "Ramil"),
            NameForm("Fərid", "Fərid"),
            NameForm("Anar", "Anar"),
            NameForm("Murad", "Murad"),
            NameForm("Cavid", "Cavid"),
            NameForm("Əli", "Əli"),
            NameForm("İlqar", "İlqar"),
            NameForm("Nicat", "Nicat"),
        ),
        family=(
            NameForm("Əliyev", "Əliyev"),
            NameForm("Məmmədov", "Məmmədov"),
            NameForm("Həsənov", "Həsənov"),
            NameForm("Hüseynov", "Hüseynov"),
            NameForm("Quliyev", "Quliyev"),
            NameForm("Qasımov", "Qasımov"),
            NameForm("Rzayev", "Rzayev"),
            NameForm("Abbasov", "Abbasov"),
            NameForm("İsmayılov", "İsmayılov"),
            NameForm("Babayev", "Babayev"),
            NameForm("Cəfərov", "Cəfərov"),
            NameForm("Mustafayev", "Mustafayev"),
            NameForm("Əlizadə", "Əlizadə"),
            NameForm("Həsənli", "Həsənli"),
            NameForm("Məmmədli", "Məmmədli"),
            NameForm("Hüseynzadə", "Hüseynzadə"),
        ),
        family_female=(
            NameForm("Əliyeva", "Əliyeva"),
            NameForm("Məmmədova", "Məmmədova"),
            NameForm("Həsənova", "Həsənova"),
            NameForm("Hüseynova", "Hüseynova"),
            NameForm("Quliyeva", "Quliyeva"),
            NameForm("Qasımova", "Qasımova"),
            NameForm("Rzayeva", "Rzayeva"),
            NameForm("Abbasova", "Abbasova"),
            NameForm("İsmayılova", "İsmayılova"),
            NameForm("Babayeva", "Babayeva"),
            NameForm("Cəfərova", "Cəfərova"),
            NameForm("Mustafayeva", "Mustafayeva"),
            NameForm("Əlizadə", "Əlizadə"),
            NameForm("Həsənli", "Həsənli"),
            NameForm("Məmmədli", "Məmmədli"),
            NameForm("Hüseynzadə", "Hüseynzadə"),
        ),
    ),
    # Belarusian (Cyrillic), romanised as in Belarusian passports and press
    # (Aliaksandr, Volha). Surnames in -ich, -uk, -enka do not change with gender;
    # the others have a feminine form in family_female.
    "be": Naming(
        script="CYRILLIC",
        given_female=(
            NameForm("Natallia", "Наталля"),
            NameForm("Volha", "Вольга"),
            NameForm("Alena", "Алена"),
            NameForm("Iryna", "Ірына"),
            NameForm("Sviatlana", "Святлана"),
            NameForm("Tatsiana", "Таццяна"),
            NameForm("Hanna", "Ганна"),
            NameForm("Maryia", "Марыя"),
            NameForm("Katsiaryna", "Кацярына"),
            NameForm("Liudmila", "Людміла"),
            NameForm("Yuliya", "Юлія"),
        ),
        given_male=(
            NameForm("Aliaksandr", "Аляксандр"),
            NameForm("Siarhei", "Сяргей"),
            NameForm("Andrei", "Андрэй"),
            NameForm("Dzmitry", "Дзмітрый"),
            NameForm("Pavel", "Павел"),
            NameForm("Uladzimir", "Уладзімір"),
            NameForm("Mikalai", "Мікалай"),
            NameForm("Viktar", "Віктар"),
            NameForm("Aliaksei", "Аляксей"),
            NameForm("Yury", "Юрый"),
            NameForm("Ihar", "Ігар"),
        ),
        family=(
            NameForm("Kavalchuk", "Кавальчук"),
            NameForm("Makarevich", "Макарэвіч"),
            NameForm("Lukashevich", "Лукашэвіч"),
            NameForm("Shauchenka", "Шаўчэнка"),
            NameForm("Bandarenka", "Бандарэнка"),
            NameForm("Zhuk", "Жук"),
            NameForm("Bahdanovich", "Багдановіч"),
            NameForm("Navumchyk", "Навумчык"),
            NameForm("Karpovich", "Карповіч"),
            NameForm("Matskevich", "Мацкевіч"),
            NameForm("Ivanou", "Іваноў"),
            NameForm("Kavaliou", "Кавалёў"),
            NameForm("Navitski", "Навіцкі"),
            NameForm("Sakalouski", "Сакалоўскі"),
            NameForm("Kazlou", "Казлоў"),
        ),
        family_female=(
            NameForm("Kavalchuk", "Кавальчук"),
            NameForm("Makarevich", "Макарэвіч"),
            NameForm("Lukashevich", "Лукашэвіч"),
            NameForm("Shauchenka", "Шаўчэнка"),
            NameForm("Bandarenka", "Бандарэнка"),
            NameForm("Zhuk", "Жук"),
            NameForm("Bahdanovich", "Багдановіч"),
            NameForm("Navumchyk", "Навумчык"),
            NameForm("Karpovich", "Карповіч"),
            NameForm("Matskevich", "Мацкевіч"),
            NameForm("Ivanova", "Іванова"),
            NameForm("Kavaliova", "Кавалёва"),
            NameForm("Navitskaya", "Навіцкая"),
            NameForm("Sakalouskaya", "Сакалоўская"),
            NameForm("Kazlova", "Казлова"),
        ),
    ),
    # Turkmen (Latin alphabet with ä ç ň ö ş ü ý ž). Surnames take -a for women
    # (family_female).
    "tk": Naming(
        script="LATIN",
        given_female=(
            NameForm("Aýgül", "Aýgül"),
            NameForm("Jeren", "Jeren"),
            NameForm("Maýsa", "Maýsa"),
            NameForm("Ogulgerek", "Ogulgerek"),
            NameForm("Bägül", "Bägül"),
            NameForm("Aýna", "Aýna"),
            NameForm("Enejan", "Enejan"),
            NameForm("Mähri", "Mähri"),
            NameForm("Selbi", "Selbi"),
            NameForm("Ogulnabat", "Ogulnabat"),
            NameForm("Näzik", "Näzik"),
            NameForm("Şemşat", "Şemşat"),
        ),
        given_male=(
            NameForm("Serdar", "Serdar"),
            NameForm("Döwlet", "Döwlet"),
            NameForm("Merdan", "Merdan"),
            NameForm("Batyr", "Batyr"),
            NameForm("Berdi", "Berdi"),
            NameForm("Döwran", "Döwran"),
            NameForm("Aman", "Aman"),
            NameForm("Myrat", "Myrat"),
            NameForm("Maksat", "Maksat"),
            NameForm("Rüstem", "Rüstem"),
            NameForm("Arslan", "Arslan"),
            NameForm("Kakajan", "Kakajan"),
            NameForm("Ýusup", "Ýusup"),
        ),
        family=(
            NameForm("Annaýew", "Annaýew"),
            NameForm("Orazow", "Orazow"),
            NameForm("Berdiýew", "Berdiýew"),
            NameForm("Hojaýew", "Hojaýew"),
            NameForm("Nurmuhammedow", "Nurmuhammedow"),
            NameForm("Ataýew", "Ataýew"),
            NameForm("Gurbanow", "Gurbanow"),
            NameForm("Çaryýew", "Çaryýew"),
            NameForm("Saparow", "Saparow"),
            NameForm("Durdyýew", "Durdyýew"),
            NameForm("Meredow", "Meredow"),
            NameForm("Amanow", "Amanow"),
            NameForm("Öwezow", "Öwezow"),
        ),
        family_female=(
            NameForm("Annaýewa", "Annaýewa"),
            NameForm("Orazowa", "Orazowa"),
            NameForm("Berdiýewa", "Berdiýewa"),
            NameForm("Hojaýewa", "Hojaýewa"),
            NameForm("Nurmuhammedowa", "Nurmuhammedowa"),
            NameForm("Ataýewa", "Ataýewa"),
            NameForm("Gurbanowa", "Gurbanowa"),
            NameForm("Çaryýewa", "Çaryýewa"),
            NameForm("Saparowa", "Saparowa"),
            NameForm("Durdyýewa", "Durdyýewa"),
            NameForm("Meredowa", "Meredowa"),
            NameForm("Amanowa", "Amanowa"),
            NameForm("Öwezowa", "Öwezowa"),
        ),
    ),
    # Uzbek (official Latin alphabet, oʻ and gʻ with U+02BB). Surnames take -a for women
    # (family_female).
    "uz": Naming(
        script="LATIN",
        given_female=(
            NameForm("Dilnoza", "Dilnoza"),
            NameForm("Gulnora", "Gulnora"),
            NameForm("Nilufar", "Nilufar"),
            NameForm("Malika", "Malika"),
            NameForm("Shahnoza", "Shahnoza"),
            NameForm("Mohira", "Mohira"),
            NameForm("Zarina", "Zarina"),
            NameForm("Feruza", "Feruza"),
            NameForm("Nodira", "Nodira"),
            NameForm("Sevara", "Sevara"),
            NameForm("Madina", "Madina"),
            NameForm("Gulchehra", "Gulchehra"),
            NameForm("Dildora", "Dildora"),
        ),
        given_male=(
            NameForm("Jasur", "Jasur"),
            NameForm("Sardor", "Sardor"),
            NameForm("Bobur", "Bobur"),
            NameForm("Rustam", "Rustam"),
            NameForm("Otabek", "Otabek"),
            NameForm("Sherzod", "Sherzod"),
            NameForm("Akmal", "Akmal"),
            NameForm("Farrux", "Farrux"),
            NameForm("Jahongir", "Jahongir"),
            NameForm("Ulugʻbek", "Ulugʻbek"),
            NameForm("Sanjar", "Sanjar"),
            NameForm("Dilshod", "Dilshod"),
            NameForm("Doniyor", "Doniyor"),
            NameForm("Javlon", "Javlon"),
        ),
        family=(
            NameForm("Karimov", "Karimov"),
            NameForm("Rahimov", "Rahimov"),
            NameForm("Yusupov", "Yusupov"),
            NameForm("Abdullayev", "Abdullayev"),
            NameForm("Nazarov", "Nazarov"),
            NameForm("Ergashev", "Ergashev"),
            NameForm("Xolmatov", "Xolmatov"),
            NameForm("Sultonov", "Sultonov"),
            NameForm("Qodirov", "Qodirov"),
            NameForm("Mirzayev", "Mirzayev"),
            NameForm("Toshmatov", "Toshmatov"),
            NameForm("Usmonov", "Usmonov"),
            NameForm("Ismoilov", "Ismoilov"),
            NameForm("Xudoyberdiyev", "Xudoyberdiyev"),
            NameForm("Joʻrayev", "Joʻrayev"),
            NameForm("Gʻulomov", "Gʻulomov"),
        ),
        family_female=(
            NameForm("Karimova", "Karimova"),
            NameForm("Rahimova", "Rahimova"),
            NameForm("Yusupova", "Yusupova"),
            NameForm("Abdullayeva", "Abdullayeva"),
            NameForm("Nazarova", "Nazarova"),
            NameForm("Ergasheva", "Ergasheva"),
            NameForm("Xolmatova", "Xolmatova"),
            NameForm("Sultonova", "Sultonova"),
            NameForm("Qodirova", "Qodirova"),
            NameForm("Mirzayeva", "Mirzayeva"),
            NameForm("Toshmatova", "Toshmatova"),
            NameForm("Usmonova", "Usmonova"),
            NameForm("Ismoilova", "Ismoilova"),
            NameForm("Xudoyberdiyeva", "Xudoyberdiyeva"),
            NameForm("Joʻrayeva", "Joʻrayeva"),
            NameForm("Gʻulomova", "Gʻulomova"),
        ),
    ),
}

# Every Non-Aligned Movement member state (alpha-2) to the namings its people use, the most
# common first. Maghreb names are in "ar" only: "fr" holds West African names.
COUNTRY_NAMINGS: dict[str, tuple[str, ...]] = {
    # Africa
    "DZ": ("ar",),
    "AO": ("pt",),
    "BJ": ("fr",),
    "BW": ("en",),
    "BF": ("fr",),
    "BI": (
        "rw",
        "fr",
    ),
    "CV": ("pt",),
    "CM": (
        "fr",
        "en",
    ),
    "CF": ("fr",),
    "TD": (
        "fr",
        "ar",
    ),
    "KM": ("sw",),
    "CG": ("fr",),
    "CI": ("fr",),
    "CD": (
        "fr",
        "sw",
    ),
    "DJ": (
        "so",
        "ar",
    ),
    "EG": ("ar",),
    "GQ": ("fan",),
    "ER": (
        "ti",
        "ar",
    ),
    "SZ": ("en",),
    "ET": ("am",),
    "GA": ("fr",),
    "GM": ("en",),
    "GH": ("en",),
    "GN": ("fr",),
    "GW": ("pt",),
    "KE": (
        "en",
        "sw",
    ),
    "LS": ("en",),
    "LR": ("en",),
    "LY": ("ar",),
    "MG": (
        "mg",
        "fr",
    ),
    "MW": ("en",),
    "ML": ("fr",),
    "MR": (
        "ar",
        "fr",
    ),
    "MU": ("mfe",),
    "MA": ("ar",),
    "MZ": ("pt",),
    "NA": ("en",),
    "NE": ("fr",),
    "NG": ("en",),
    "RW": ("rw",),
    "ST": ("pt",),
    "SN": ("fr",),
    "SC": ("mfe",),
    "SL": ("en",),
    "SO": (
        "so",
        "ar",
    ),
    "ZA": ("en",),
    "SD": ("ar",),
    "TG": ("fr",),
    "TN": ("ar",),
    "UG": (
        "en",
        "sw",
    ),
    "TZ": (
        "sw",
        "en",
    ),
    "ZM": ("en",),
    "ZW": ("en",),
    "SS": (
        "din",
        "en",
    ),
    # Asia
    "AF": (
        "ps",
        "fa",
    ),
    "BH": ("ar",),
    "BD": ("bn",),
    "BT": (
        "dz",
        "ne",
    ),
    "BN": ("ms",),
    "KH": ("km",),
    "KP": ("ko",),
    "FJ": ("en_pac",),
    "IN": (
        "hi",
        "ta",
        "bn",
    ),
    "ID": ("id",),
    "IR": ("fa",),
    "IQ": ("ar",),
    "JO": ("ar",),
    "KW": ("ar",),
    "LA": ("lo",),
    "LB": ("ar",),
    "MY": (
        "ms",
        "zh",
        "ta",
    ),
    "MV": ("dv",),
    "MN": ("mn",),
    "MM": ("my",),
    "NP": ("ne",),
    "OM": ("ar",),
    "PK": ("ur",),
    "PS": ("ar",),
    "PG": ("en_pac",),
    "PH": ("fil",),
    "QA": ("ar",),
    "SA": ("ar",),
    "SG": (
        "zh",
        "ms",
        "ta",
    ),
    "LK": (
        "si",
        "ta",
    ),
    "SY": ("ar",),
    "TH": ("th",),
    "TL": ("pt",),
    "TM": ("tk",),
    "AE": ("ar",),
    "UZ": ("uz",),
    "VU": ("en_pac",),
    "VN": ("vi",),
    "YE": ("ar",),
    # Latin America and the Caribbean
    "AG": ("en_car",),
    "BS": ("en_car",),
    "BB": ("en_car",),
    "BZ": (
        "en_car",
        "es",
    ),
    "BO": ("es",),
    "CL": ("es",),
    "CO": ("es",),
    "CU": ("es",),
    "DM": ("en_car",),
    "DO": ("es",),
    "EC": ("es",),
    "GD": ("en_car",),
    "GT": ("es",),
    "GY": ("en_car",),
    "HT": ("ht",),
    "HN": ("es",),
    "JM": ("en_car",),
    "NI": ("es",),
    "PA": ("es",),
    "PE": ("es",),
    "KN": ("en_car",),
    "LC": ("en_car",),
    "VC": ("en_car",),
    "SR": ("nl",),
    "TT": ("en_car",),
    "VE": ("es",),
    # Europe
    "AZ": ("az",),
    "BY": ("be",),
}

# Two or three cities or regions per member state. ``local`` is in the script of the
# country's first naming (for Latin scripts, the name in that language); with any other
# naming of the country use ``latin``.
PLACES: dict[str, tuple[NameForm, ...]] = {
    # Africa
    "DZ": (
        NameForm("Algiers", "الجزائر"),
        NameForm("Oran", "وهران"),
        NameForm("Constantine", "قسنطينة"),
    ),
    "AO": (
        NameForm("Luanda", "Luanda"),
        NameForm("Huambo", "Huambo"),
        NameForm("Benguela", "Benguela"),
    ),
    "BJ": (
        NameForm("Cotonou", "Cotonou"),
        NameForm("Porto-Novo", "Porto-Novo"),
        NameForm("Parakou", "Parakou"),
    ),
    "BW": (
        NameForm("Gaborone", "Gaborone"),
        NameForm("Francistown", "Francistown"),
        NameForm("Maun", "Maun"),
    ),
    "BF": (
        NameForm("Ouagadougou", "Ouagadougou"),
        NameForm("Bobo-Dioulasso", "Bobo-Dioulasso"),
        NameForm("Koudougou", "Koudougou"),
    ),
    "BI": (
        NameForm("Bujumbura", "Bujumbura"),
        NameForm("Gitega", "Gitega"),
        NameForm("Ngozi", "Ngozi"),
    ),
    "CV": (
        NameForm("Praia", "Praia"),
        NameForm("Mindelo", "Mindelo"),
        NameForm("Assomada", "Assomada"),
    ),
    "CM": (
        NameForm("Yaoundé", "Yaoundé"),
        NameForm("Douala", "Douala"),
        NameForm("Bamenda", "Bamenda"),
    ),
    "CF": (
        NameForm("Bangui", "Bangui"),
        NameForm("Bambari", "Bambari"),
        NameForm("Berbérati", "Berbérati"),
    ),
    "TD": (
        NameForm("N'Djamena", "N'Djamena"),
        NameForm("Moundou", "Moundou"),
        NameForm("Sarh", "Sarh"),
    ),
    "KM": (
        NameForm("Moroni", "Moroni"),
        NameForm("Mutsamudu", "Mutsamudu"),
        NameForm("Fomboni", "Fomboni"),
    ),
    "CG": (
        NameForm("Brazzaville", "Brazzaville"),
        NameForm("Pointe-Noire", "Pointe-Noire"),
        NameForm("Dolisie", "Dolisie"),
    ),
    "CI": (
        NameForm("Yamoussoukro", "Yamoussoukro"),
        NameForm("Bouaké", "Bouaké"),
        NameForm("San-Pédro", "San-Pédro"),
    ),
    "CD": (
        NameForm("Kinshasa", "Kinshasa"),
        NameForm("Lubumbashi", "Lubumbashi"),
        NameForm("Goma", "Goma"),
    ),
    "DJ": (
        NameForm("Djibouti", "Jabuuti"),
        NameForm("Ali Sabieh", "Cali Sabiix"),
        NameForm("Dikhil", "Dikhil"),
    ),
    "EG": (
        NameForm("Cairo", "القاهرة"),
        NameForm("Alexandria", "الإسكندرية"),
        NameForm("Aswan", "أسوان"),
    ),
    "GQ": (
        NameForm("Malabo", "Malabo"),
        NameForm("Bata", "Bata"),
        NameForm("Ebebiyín", "Ebebiyín"),
    ),
    "ER": (NameForm("Asmara", "ኣስመራ"), NameForm("Massawa", "ምጽዋዕ"), NameForm("Keren", "ከረን")),
    "SZ": (
        NameForm("Mbabane", "Mbabane"),
        NameForm("Manzini", "Manzini"),
        NameForm("Lobamba", "Lobamba"),
    ),
    "ET": (
        NameForm("Addis Ababa", "አዲስ አበባ"),
        NameForm("Bahir Dar", "ባሕር ዳር"),
        NameForm("Hawassa", "ሀዋሳ"),
    ),
    "GA": (
        NameForm("Libreville", "Libreville"),
        NameForm("Port-Gentil", "Port-Gentil"),
        NameForm("Franceville", "Franceville"),
    ),
    "GM": (
        NameForm("Banjul", "Banjul"),
        NameForm("Serekunda", "Serekunda"),
        NameForm("Brikama", "Brikama"),
    ),
    "GH": (NameForm("Accra", "Accra"), NameForm("Kumasi", "Kumasi"), NameForm("Tamale", "Tamale")),
    "GN": (
        NameForm("Conakry", "Conakry"),
        NameForm("Kankan", "Kankan"),
        NameForm("Nzérékoré", "Nzérékoré"),
    ),
    "GW": (NameForm("Bissau", "Bissau"), NameForm("Bafatá", "Bafatá"), NameForm("Gabú", "Gabú")),
    "KE": (
        NameForm("Nairobi", "Nairobi"),
        NameForm("Mombasa", "Mombasa"),
        NameForm("Kisumu", "Kisumu"),
    ),
    "LS": (
        NameForm("Maseru", "Maseru"),
        NameForm("Mafeteng", "Mafeteng"),
        NameForm("Leribe", "Leribe"),
    ),
    "LR": (
        NameForm("Monrovia", "Monrovia"),
        NameForm("Gbarnga", "Gbarnga"),
        NameForm("Buchanan", "Buchanan"),
    ),
    "LY": (
        NameForm("Tripoli", "طرابلس"),
        NameForm("Benghazi", "بنغازي"),
        NameForm("Misrata", "مصراتة"),
    ),
    "MG": (
        NameForm("Toamasina", "Toamasina"),
        NameForm("Fianarantsoa", "Fianarantsoa"),
        NameForm("Mahajanga", "Mahajanga"),
    ),
    "MW": (
        NameForm("Lilongwe", "Lilongwe"),
        NameForm("Blantyre", "Blantyre"),
        NameForm("Mzuzu", "Mzuzu"),
    ),
    "ML": (
        NameForm("Bamako", "Bamako"),
        NameForm("Sikasso", "Sikasso"),
        NameForm("Mopti", "Mopti"),
    ),
    "MR": (
        NameForm("Nouakchott", "نواكشوط"),
        NameForm("Nouadhibou", "نواذيبو"),
        NameForm("Rosso", "روصو"),
    ),
    "MU": (
        NameForm("Port-Louis", "Port-Louis"),
        NameForm("Curepipe", "Curepipe"),
        NameForm("Mahébourg", "Mahébourg"),
    ),
    "MA": (
        NameForm("Rabat", "الرباط"),
        NameForm("Casablanca", "الدار البيضاء"),
        NameForm("Marrakech", "مراكش"),
    ),
    "MZ": (
        NameForm("Maputo", "Maputo"),
        NameForm("Beira", "Beira"),
        NameForm("Nampula", "Nampula"),
    ),
    "NA": (
        NameForm("Windhoek", "Windhoek"),
        NameForm("Walvis Bay", "Walvis Bay"),
        NameForm("Oshakati", "Oshakati"),
    ),
    "NE": (
        NameForm("Niamey", "Niamey"),
        NameForm("Zinder", "Zinder"),
        NameForm("Maradi", "Maradi"),
    ),
    "NG": (NameForm("Lagos", "Lagos"), NameForm("Kano", "Kano"), NameForm("Enugu", "Enugu")),
    "RW": (NameForm("Kigali", "Kigali"), NameForm("Huye", "Huye"), NameForm("Musanze", "Musanze")),
    "ST": (
        NameForm("São Tomé", "São Tomé"),
        NameForm("Santo António", "Santo António"),
        NameForm("Trindade", "Trindade"),
    ),
    "SN": (
        NameForm("Dakar", "Dakar"),
        NameForm("Saint-Louis", "Saint-Louis"),
        NameForm("Thiès", "Thiès"),
    ),
    "SC": (
        NameForm("Victoria", "Victoria"),
        NameForm("Beau Vallon", "Beau Vallon"),
        NameForm("Baie Lazare", "Baie Lazare"),
    ),
    "SL": (NameForm("Freetown", "Freetown"), NameForm("Bo", "Bo"), NameForm("Kenema", "Kenema")),
    "SO": (
        NameForm("Mogadishu", "Muqdisho"),
        NameForm("Kismayo", "Kismaayo"),
        NameForm("Baidoa", "Baydhabo"),
    ),
    "ZA": (
        NameForm("Johannesburg", "Johannesburg"),
        NameForm("Durban", "Durban"),
        NameForm("Polokwane", "Polokwane"),
    ),
    "SD": (
        NameForm("Khartoum", "الخرطوم"),
        NameForm("Port Sudan", "بورتسودان"),
        NameForm("Kassala", "كسلا"),
    ),
    "TG": (NameForm("Lomé", "Lomé"), NameForm("Kara", "Kara"), NameForm("Sokodé", "Sokodé")),
    "TN": (NameForm("Tunis", "تونس"), NameForm("Sfax", "صفاقس"), NameForm("Sousse", "سوسة")),
    "UG": (
        NameForm("Kampala", "Kampala"),
        NameForm("Gulu", "Gulu"),
        NameForm("Mbarara", "Mbarara"),
    ),
    "TZ": (
        NameForm("Dar es Salaam", "Dar es Salaam"),
        NameForm("Dodoma", "Dodoma"),
        NameForm("Mwanza", "Mwanza"),
    ),
    "ZM": (
        NameForm("Lusaka", "Lusaka"),
        NameForm("Ndola", "Ndola"),
        NameForm("Livingstone", "Livingstone"),
    ),
    "ZW": (
        NameForm("Harare", "Harare"),
        NameForm("Bulawayo", "Bulawayo"),
        NameForm("Mutare", "Mutare"),
    ),
    "SS": (NameForm("Juba", "Juba"), NameForm("Wau", "Wau"), NameForm("Malakal", "Malakal")),
    # Asia
    "AF": (
        NameForm("Kabul", "کابل"),
        NameForm("Kandahar", "کندهار"),
        NameForm("Nangarhar", "ننګرهار"),
    ),
    "BH": (
        NameForm("Manama", "المنامة"),
        NameForm("Muharraq", "المحرق"),
        NameForm("Riffa", "الرفاع"),
    ),
    "BD": (NameForm("Dhaka", "ঢাকা"), NameForm("Chattogram", "চট্টগ্রাম"), NameForm("Sylhet", "সিলেট")),
    "BT": (NameForm("Thimphu", "ཐིམ་ཕུ་"), NameForm("Paro", "སྤ་རོ་"), NameForm("Punakha", "སྤུ་ན་ཁ་")),
    "BN": (
        NameForm("Bandar Seri Begawan", "Bandar Seri Begawan"),
        NameForm("Kuala Belait", "Kuala Belait"),
        NameForm("Tutong", "Tutong"),
    ),
    "KH": (
        NameForm("Phnom Penh", "ភ្នំពេញ"),
        NameForm("Siem Reap", "សៀមរាប"),
        NameForm("Battambang", "បាត់ដំបង"),
    ),
    "KP": (NameForm("Pyongyang", "평양"), NameForm("Hamhung", "함흥"), NameForm("Kaesong", "개성")),
    "FJ": (NameForm("Suva", "Suva"), NameForm("Lautoka", "Lautoka"), NameForm("Labasa", "Labasa")),
    "IN": (
        NameForm("New Delhi", "नई दिल्ली"),
        NameForm("Lucknow", "लखनऊ"),
        NameForm("Patna", "पटना"),
    ),
    "ID": (
        NameForm("Jakarta", "Jakarta"),
        NameForm("Yogyakarta", "Yogyakarta"),
        NameForm("Makassar", "Makassar"),
    ),
    "IR": (NameForm("Tehran", "تهران"), NameForm("Isfahan", "اصفهان"), NameForm("Shiraz", "شیراز")),
    "IQ": (NameForm("Baghdad", "بغداد"), NameForm("Basra", "البصرة"), NameForm("Mosul", "الموصل")),
    "JO": (NameForm("Amman", "عمّان"), NameForm("Irbid", "إربد"), NameForm("Aqaba", "العقبة")),
    "KW": (
        NameForm("Kuwait City", "مدينة الكويت"),
        NameForm("Hawalli", "حولي"),
        NameForm("Jahra", "الجهراء"),
    ),
    "LA": (
        NameForm("Vientiane", "ວຽງຈັນ"),
        NameForm("Luang Prabang", "ຫຼວງພະບາງ"),
        NameForm("Pakse", "ປາກເຊ"),
    ),
    "LB": (NameForm("Beirut", "بيروت"), NameForm("Tripoli", "طرابلس"), NameForm("Sidon", "صيدا")),
    "MY": (
        NameForm("Kuala Lumpur", "Kuala Lumpur"),
        NameForm("Penang", "Pulau Pinang"),
        NameForm("Kota Kinabalu", "Kota Kinabalu"),
    ),
    "MV": (NameForm("Malé", "މާލެ"), NameForm("Addu", "އައްޑޫ"), NameForm("Fuvahmulah", "ފުވައްމުލައް")),
    "MN": (
        NameForm("Ulaanbaatar", "Улаанбаатар"),
        NameForm("Erdenet", "Эрдэнэт"),
        NameForm("Darkhan", "Дархан"),
    ),
    "MM": (
        NameForm("Yangon", "ရန်ကုန်"),
        NameForm("Mandalay", "မန္တလေး"),
        NameForm("Mawlamyine", "မော်လမြိုင်"),
    ),
    "NP": (
        NameForm("Kathmandu", "काठमाडौं"),
        NameForm("Pokhara", "पोखरा"),
        NameForm("Biratnagar", "विराटनगर"),
    ),
    "OM": (NameForm("Muscat", "مسقط"), NameForm("Salalah", "صلالة"), NameForm("Sohar", "صحار")),
    "PK": (
        NameForm("Karachi", "کراچی"),
        NameForm("Lahore", "لاہور"),
        NameForm("Peshawar", "پشاور"),
    ),
    "PS": (NameForm("Ramallah", "رام الله"), NameForm("Gaza", "غزة"), NameForm("Nablus", "نابلس")),
    "PG": (
        NameForm("Port Moresby", "Port Moresby"),
        NameForm("Lae", "Lae"),
        NameForm("Mount Hagen", "Mount Hagen"),
    ),
    "PH": (
        NameForm("Quezon City", "Quezon City"),
        NameForm("Cebu", "Cebu"),
        NameForm("Davao", "Davao"),
    ),
    "QA": (
        NameForm("Doha", "الدوحة"),
        NameForm("Al Wakrah", "الوكرة"),
        NameForm("Al Khor", "الخور"),
    ),
    "SA": (NameForm("Riyadh", "الرياض"), NameForm("Jeddah", "جدة"), NameForm("Dammam", "الدمام")),
    "SG": (
        NameForm("Jurong", "裕廊"),
        NameForm("Woodlands", "兀兰"),
        NameForm("Tampines", "淡滨尼"),
    ),
    "LK": (NameForm("Colombo", "කොළඹ"), NameForm("Kandy", "මහනුවර"), NameForm("Galle", "ගාල්ල")),
    "SY": (NameForm("Damascus", "دمشق"), NameForm("Aleppo", "حلب"), NameForm("Homs", "حمص")),
    "TH": (
        NameForm("Bangkok", "กรุงเทพมหานคร"),
        NameForm("Chiang Mai", "เชียงใหม่"),
        NameForm("Khon Kaen", "ขอนแก่น"),
    ),
    "TL": (NameForm("Dili", "Dili"), NameForm("Baucau", "Baucau"), NameForm("Maliana", "Maliana")),
    "TM": (
        NameForm("Ashgabat", "Aşgabat"),
        NameForm("Turkmenabat", "Türkmenabat"),
        NameForm("Mary", "Mary"),
    ),
    "AE": (
        NameForm("Abu Dhabi", "أبوظبي"),
        NameForm("Dubai", "دبي"),
        NameForm("Sharjah", "الشارقة"),
    ),
    "UZ": (
        NameForm("Tashkent", "Toshkent"),
        NameForm("Samarkand", "Samarqand"),
        NameForm("Bukhara", "Buxoro"),
    ),
    "VU": (
        NameForm("Port Vila", "Port Vila"),
        NameForm("Luganville", "Luganville"),
        NameForm("Lenakel", "Lenakel"),
    ),
    "VN": (
        NameForm("Hanoi", "Hà Nội"),
        NameForm("Ho Chi Minh City", "Thành phố Hồ Chí Minh"),
        NameForm("Da Nang", "Đà Nẵng"),
    ),
    "YE": (NameForm("Sana'a", "صنعاء"), NameForm("Aden", "عدن"), NameForm("Taiz", "تعز")),
    # Latin America and the Caribbean
    "AG": (
        NameForm("St. John's", "St. John's"),
        NameForm("All Saints", "All Saints"),
        NameForm("Liberta", "Liberta"),
    ),
    "BS": (
        NameForm("Nassau", "Nassau"),
        NameForm("Freeport", "Freeport"),
        NameForm("Marsh Harbour", "Marsh Harbour"),
    ),
    "BB": (
        NameForm("Bridgetown", "Bridgetown"),
        NameForm("Speightstown", "Speightstown"),
        NameForm("Oistins", "Oistins"),
    ),
    "BZ": (
        NameForm("Belize City", "Belize City"),
        NameForm("Belmopan", "Belmopan"),
        NameForm("San Ignacio", "San Ignacio"),
    ),
    "BO": (
        NameForm("La Paz", "La Paz"),
        NameForm("Santa Cruz de la Sierra", "Santa Cruz de la Sierra"),
        NameForm("Cochabamba", "Cochabamba"),
    ),
    "CL": (
        NameForm("Santiago", "Santiago"),
        NameForm("Valparaíso", "Valparaíso"),
        NameForm("Concepción", "Concepción"),
    ),
    "CO": (
        NameForm("Bogotá", "Bogotá"),
        NameForm("Medellín", "Medellín"),
        NameForm("Cali", "Cali"),
    ),
    "CU": (
        NameForm("Havana", "La Habana"),
        NameForm("Santiago de Cuba", "Santiago de Cuba"),
        NameForm("Camagüey", "Camagüey"),
    ),
    "DM": (
        NameForm("Roseau", "Roseau"),
        NameForm("Portsmouth", "Portsmouth"),
        NameForm("Marigot", "Marigot"),
    ),
    "DO": (
        NameForm("Santo Domingo", "Santo Domingo"),
        NameForm("Santiago de los Caballeros", "Santiago de los Caballeros"),
        NameForm("La Romana", "La Romana"),
    ),
    "EC": (
        NameForm("Quito", "Quito"),
        NameForm("Guayaquil", "Guayaquil"),
        NameForm("Cuenca", "Cuenca"),
    ),
    "GD": (
        NameForm("St. George's", "St. George's"),
        NameForm("Grenville", "Grenville"),
        NameForm("Gouyave", "Gouyave"),
    ),
    "GT": (
        NameForm("Guatemala City", "Ciudad de Guatemala"),
        NameForm("Quetzaltenango", "Quetzaltenango"),
        NameForm("Antigua Guatemala", "Antigua Guatemala"),
    ),
    "GY": (
        NameForm("Georgetown", "Georgetown"),
        NameForm("Linden", "Linden"),
        NameForm("New Amsterdam", "New Amsterdam"),
    ),
    "HT": (
        NameForm("Port-au-Prince", "Pòtoprens"),
        NameForm("Cap-Haïtien", "Okap"),
        NameForm("Jacmel", "Jakmèl"),
    ),
    "HN": (
        NameForm("Tegucigalpa", "Tegucigalpa"),
        NameForm("San Pedro Sula", "San Pedro Sula"),
        NameForm("La Ceiba", "La Ceiba"),
    ),
    "JM": (
        NameForm("Kingston", "Kingston"),
        NameForm("Montego Bay", "Montego Bay"),
        NameForm("Spanish Town", "Spanish Town"),
    ),
    "NI": (
        NameForm("Managua", "Managua"),
        NameForm("León", "León"),
        NameForm("Granada", "Granada"),
    ),
    "PA": (
        NameForm("Panama City", "Ciudad de Panamá"),
        NameForm("Colón", "Colón"),
        NameForm("David", "David"),
    ),
    "PE": (NameForm("Lima", "Lima"), NameForm("Arequipa", "Arequipa"), NameForm("Cusco", "Cusco")),
    "KN": (
        NameForm("Basseterre", "Basseterre"),
        NameForm("Charlestown", "Charlestown"),
        NameForm("Sandy Point Town", "Sandy Point Town"),
    ),
    "LC": (
        NameForm("Castries", "Castries"),
        NameForm("Vieux Fort", "Vieux Fort"),
        NameForm("Soufrière", "Soufrière"),
    ),
    "VC": (
        NameForm("Kingstown", "Kingstown"),
        NameForm("Georgetown", "Georgetown"),
        NameForm("Barrouallie", "Barrouallie"),
    ),
    "SR": (
        NameForm("Paramaribo", "Paramaribo"),
        NameForm("Nieuw Nickerie", "Nieuw Nickerie"),
        NameForm("Moengo", "Moengo"),
    ),
    "TT": (
        NameForm("Port of Spain", "Port of Spain"),
        NameForm("San Fernando", "San Fernando"),
        NameForm("Chaguanas", "Chaguanas"),
    ),
    "VE": (
        NameForm("Caracas", "Caracas"),
        NameForm("Maracaibo", "Maracaibo"),
        NameForm("Mérida", "Mérida"),
    ),
    # Europe
    "AZ": (NameForm("Baku", "Bakı"), NameForm("Ganja", "Gəncə"), NameForm("Sumgait", "Sumqayıt")),
    "BY": (NameForm("Minsk", "Мінск"), NameForm("Brest", "Брэст"), NameForm("Hrodna", "Гродна")),
}

# Organisation names per naming key; ``latin`` is English, ``local`` in the naming's own
# language. Where the local language is French, "de {place}" needs a place starting with a
# consonant (check() enforces it), so those countries list such places.
ORGANISATION_PATTERNS: dict[str, tuple[OrganisationName, ...]] = {
    "ar": (
        OrganisationName(
            "{place} Women's Development Association", "جمعية {place} لتنمية المرأة", "WDA"
        ),
        OrganisationName("{place} Youth Forum", "منتدى شباب {place}", "YF"),
        OrganisationName("{place} Centre for Human Rights", "مركز {place} لحقوق الإنسان", "CHR"),
        OrganisationName(
            "{place} Rural Development Association", "جمعية {place} للتنمية الريفية", "RDA"
        ),
        OrganisationName(
            "{place} Association for the Rights of Persons with Disabilities",
            "جمعية {place} لحقوق الأشخاص ذوي الإعاقة",
            "ARPD",
        ),
        OrganisationName("{place} Journalists' League", "رابطة صحفيي {place}", "JL"),
        OrganisationName(
            "{place} Migrant Workers Support Centre", "مركز {place} لدعم العمال المهاجرين", "MWSC"
        ),
    ),
    "fa": (
        OrganisationName(
            "{place} Women's Development Association", "انجمن توسعه زنان {place}", "WDA"
        ),
        OrganisationName("{place} Youth Centre", "کانون جوانان {place}", "YC"),
        OrganisationName(
            "{place} Society for Protecting the Rights of the Child",
            "انجمن حمایت از حقوق کودکان {place}",
            "SPRC",
        ),
        OrganisationName(
            "{place} Friends of the Environment Society", "انجمن دوستداران محیط زیست {place}", "FES"
        ),
        OrganisationName(
            "{place} Society for Persons with Disabilities", "انجمن حمایت از معلولان {place}", "SPD"
        ),
        OrganisationName(
            "{place} Journalists' Guild", "انجمن صنفی روزنامه\u200cنگاران {place}", "JG"
        ),
    ),
    "ur": (
        OrganisationName(
            "{place} Association for the Advancement of Women", "انجمن ترقی خواتین {place}", "AAW"
        ),
        OrganisationName("{place} Youth Forum", "{place} یوتھ فورم", "YF"),
        OrganisationName("{place} Human Rights Commission", "انسانی حقوق کمیشن {place}", "HRC"),
        OrganisationName(
            "{place} Rural Development Organisation", "دیہی ترقیاتی تنظیم {place}", "RDO"
        ),
        OrganisationName("{place} Press Club", "{place} پریس کلب", "PC"),
        OrganisationName(
            "{place} Organisation of Persons with Disabilities",
            "معذور افراد کی تنظیم {place}",
            "OPD",
        ),
        OrganisationName(
            "{place} Child Rights Organisation", "بچوں کے حقوق کی تنظیم {place}", "CRO"
        ),
    ),
    "ps": (
        OrganisationName(
            "{place} Women's Development Society", "د {place} د ښځو د پرمختګ ټولنه", "WDS"
        ),
        OrganisationName("{place} Youth Council", "د {place} د ځوانانو شورا", "YC"),
        OrganisationName("{place} Human Rights Centre", "د {place} د بشري حقونو مرکز", "HRC"),
        OrganisationName(
            "{place} Rural Development Society", "د {place} د کلیو د پراختیا ټولنه", "RDS"
        ),
        OrganisationName("{place} Journalists' Association", "د {place} د خبریالانو ټولنه", "JA"),
    ),
    "bn": (
        OrganisationName("{place} Women's Development Society", "{place} নারী উন্নয়ন সমিতি", "WDS"),
        OrganisationName("{place} Youth Forum", "{place} যুব ফোরাম", "YF"),
        OrganisationName("{place} Human Rights Centre", "{place} মানবাধিকার কেন্দ্র", "HRC"),
        OrganisationName(
            "{place} Rural Development Organisation", "{place} পল্লী উন্নয়ন সংস্থা", "RDO"
        ),
        OrganisationName("{place} Union of Journalists", "{place} সাংবাদিক ইউনিয়ন", "UJ"),
        OrganisationName(
            "{place} Disability Development Organisation", "{place} প্রতিবন্ধী উন্নয়ন সংস্থা", "DDO"
        ),
    ),
    "hi": (
        OrganisationName(
            "{place} Women's Development Association", "{place} महिला विकास संघ", "WDA"
        ),
        OrganisationName("{place} Youth Forum", "{place} युवा मंच", "YF"),
        OrganisationName("{place} Human Rights Centre", "{place} मानवाधिकार केंद्र", "HRC"),
        OrganisationName(
            "{place} Rural Development Committee", "{place} ग्रामीण विकास समिति", "RDC"
        ),
        OrganisationName("{place} Journalists' Union", "{place} पत्रकार संघ", "JU"),
        OrganisationName(
            "{place} Water and Sanitation Campaign", "{place} जल एवं स्वच्छता अभियान", "WSC"
        ),
    ),
    "ne": (
        OrganisationName("{place} Women's Development Society", "{place} महिला विकास समाज", "WDS"),
        OrganisationName("{place} Youth Network", "{place} युवा सञ्जाल", "YN"),
        OrganisationName("{place} Human Rights Forum", "{place} मानव अधिकार मञ्च", "HRF"),
        OrganisationName("{place} Rural Development Centre", "{place} ग्रामीण विकास केन्द्र", "RDC"),
        OrganisationName("{place} Federation of Journalists", "{place} पत्रकार महासंघ", "FJ"),
        OrganisationName("{place} Federation of the Disabled", "{place} अपाङ्ग महासंघ", "FD"),
    ),
    "ta": (
        OrganisationName(
            "{place} Women's Development Association", "{place} மகளிர் மேம்பாட்டுச் சங்கம்", "WDA"
        ),
        OrganisationName("{place} Youth Forum", "{place} இளைஞர் மன்றம்", "YF"),
        OrganisationName("{place} Human Rights Centre", "{place} மனித உரிமைகள் மையம்", "HRC"),
        OrganisationName(
            "{place} Rural Development Association", "{place} ஊரக வளர்ச்சிச் சங்கம்", "RDA"
        ),
        OrganisationName("{place} Journalists' Association", "{place} பத்திரிகையாளர் சங்கம்", "JA"),
    ),
    "si": (
        OrganisationName(
            "{place} Women's Development Association", "{place} කාන්තා සංවර්ධන සංගමය", "WDA"
        ),
        OrganisationName("{place} Youth Club", "{place} තරුණ සමාජය", "YC"),
        OrganisationName("{place} Human Rights Centre", "{place} මානව හිමිකම් කේන්ද්\u200dරය", "HRC"),
        OrganisationName(
            "{place} Rural Development Society", "{place} ග්\u200dරාමීය සංවර්ධන සමිතිය", "RDS"
        ),
        OrganisationName("{place} Journalists' Association", "{place} මාධ්\u200dයවේදීන්ගේ සංගමය", "JA"),
    ),
    "dz": (
        OrganisationName("{place} Women's Association", "{place}བུད་མེད་ཚོགས་པ་", "WA"),
        OrganisationName("{place} Youth Association", "{place}གཞོན་ནུའི་ཚོགས་པ་", "YA"),
        OrganisationName("{place} Journalists' Association", "{place}གསར་འགོད་པའི་ཚོགས་པ་", "JA"),
        OrganisationName(
            "{place} Environment Conservation Association", "{place}སྐྱེ་ཁམས་སྲུང་སྐྱོབ་ཚོགས་པ་", "ECA"
        ),
        OrganisationName("{place} Disabled Persons' Association", "{place}ལུས་སྐྱོན་ཅན་ཚོགས་པ་", "DPA"),
    ),
    "dv": (
        OrganisationName(
            "{place} Women's Development Association", "{place} އަންހެނުންގެ ތަރައްޤީގެ ޖަމްޢިއްޔާ", "WDA"
        ),
        OrganisationName("{place} Youth Association", "{place} ޒުވާނުންގެ ޖަމްޢިއްޔާ", "YA"),
        OrganisationName("{place} Human Rights Centre", "{place} އިންސާނީ ޙައްޤުތަކުގެ މަރުކަޒު", "HRC"),
        OrganisationName("{place} Journalists' Association", "{place} ނޫސްވެރިންގެ ޖަމްޢިއްޔާ", "JA"),
        OrganisationName(
            "{place} Environmental Protection Association", "{place} ތިމާވެށި ރައްކާތެރިކުރުމުގެ ޖަމްޢިއްޔާ", "EPA"
        ),
    ),
    "th": (
        OrganisationName("{place} Women's Development Association", "สมาคมพัฒนาสตรี{place}", "WDA"),
        OrganisationName("{place} Youth Network", "เครือข่ายเยาวชน{place}", "YN"),
        OrganisationName("{place} Human Rights Centre", "ศูนย์สิทธิมนุษยชน{place}", "HRC"),
        OrganisationName("{place} Rural Development Foundation", "มูลนิธิพัฒนาชนบท{place}", "RDF"),
        OrganisationName("{place} Journalists Association", "สมาคมนักข่าว{place}", "JA"),
        OrganisationName(
            "{place} Migrant Workers Assistance Centre", "ศูนย์ช่วยเหลือแรงงานข้ามชาติ{place}", "MWAC"
        ),
    ),
    "km": (
        OrganisationName("{place} Women's Development Association", "សមាគមអភិវឌ្ឍន៍ស្ត្រី{place}", "WDA"),
        OrganisationName("{place} Youth Network", "បណ្ដាញយុវជន{place}", "YN"),
        OrganisationName("{place} Human Rights Centre", "មជ្ឈមណ្ឌលសិទ្ធិមនុស្ស{place}", "HRC"),
        OrganisationName(
            "{place} Rural Development Organisation", "អង្គការអភិវឌ្ឍន៍ជនបទ{place}", "RDO"
        ),
        OrganisationName("{place} Journalists Association", "សមាគមអ្នកសារព័ត៌មាន{place}", "JA"),
    ),
    "lo": (
        OrganisationName(
            "{place} Women's Development Association", "ສະມາຄົມພັດທະນາແມ່ຍິງ{place}", "WDA"
        ),
        OrganisationName("{place} Youth Network", "ເຄືອຂ່າຍຊາວໜຸ່ມ{place}", "YN"),
        OrganisationName("{place} Human Rights Centre", "ສູນສິດທິມະນຸດ{place}", "HRC"),
        OrganisationName(
            "{place} Rural Development Association", "ສະມາຄົມພັດທະນາຊົນນະບົດ{place}", "RDA"
        ),
        OrganisationName("{place} Journalists Association", "ສະມາຄົມນັກຂ່າວ{place}", "JA"),
    ),
    "my": (
        OrganisationName(
            "{place} Women's Development Association", "{place}အမျိုးသမီးဖွံ့ဖြိုးရေးအသင်း", "WDA"
        ),
        OrganisationName("{place} Youth Network", "{place}လူငယ်ကွန်ရက်", "YN"),
        OrganisationName("{place} Human Rights Centre", "{place}လူ့အခွင့်အရေးစင်တာ", "HRC"),
        OrganisationName("{place} Rural Development Organisation", "{place}ကျေးလက်ဖွံ့ဖြိုးရေးအဖွဲ့", "RDO"),
        OrganisationName("{place} Journalists Association", "{place}စာနယ်ဇင်းသမားအသင်း", "JA"),
    ),
    "vi": (
        OrganisationName("{place} Women's Union", "Hội Liên hiệp Phụ nữ {place}", "WU"),
        OrganisationName(
            "{place} Rural Development Centre", "Trung tâm Phát triển Nông thôn {place}", "RDC"
        ),
        OrganisationName("{place} Youth Network", "Mạng lưới Thanh niên {place}", "YN"),
        OrganisationName(
            "{place} Association of Persons with Disabilities",
            "Hội Người khuyết tật {place}",
            "APD",
        ),
        OrganisationName(
            "{place} Clean Water and Sanitation Centre",
            "Trung tâm Nước sạch và Vệ sinh Môi trường {place}",
            "CWSC",
        ),
        OrganisationName("{place} Journalists Association", "Hội Nhà báo {place}", "JA"),
    ),
    "zh": (
        OrganisationName("{place} Women's Development Association", "{place}妇女发展协会", "WDA"),
        OrganisationName("{place} Youth Forum", "{place}青年论坛", "YF"),
        OrganisationName("{place} Human Rights Centre", "{place}人权中心", "HRC"),
        OrganisationName(
            "{place} Environmental Protection Association", "{place}环境保护协会", "EPA"
        ),
        OrganisationName(
            "{place} Migrant Workers Assistance Centre", "{place}外籍劳工援助中心", "MWAC"
        ),
        OrganisationName(
            "{place} Association for Persons with Disabilities", "{place}残疾人士协会", "APD"
        ),
    ),
    "ko": (
        OrganisationName("{place} Women's Association", "{place}녀성협회", "WA"),
        OrganisationName("{place} Youth League", "{place}청년동맹", "YL"),
        OrganisationName(
            "{place} Association for Human Rights Studies", "{place}인권연구협회", "HRSA"
        ),
        OrganisationName("{place} Rural Development Association", "{place}농촌발전협회", "RDA"),
        OrganisationName(
            "{place} Federation for the Protection of the Disabled", "{place}장애자보호련맹", "FPD"
        ),
        OrganisationName("{place} Journalists Union", "{place}기자동맹", "JU"),
    ),
    "mn": (
        OrganisationName(
            "{place} Women's Development Association",
            "{place} эмэгтэйчүүдийн хөгжлийн холбоо",
            "WDA",
        ),
        OrganisationName("{place} Youth Association", "{place} залуучуудын холбоо", "YA"),
        OrganisationName("{place} Human Rights Centre", "{place} хүний эрхийн төв", "HRC"),
        OrganisationName(
            "{place} Rural Development Centre", "{place} хөдөөгийн хөгжлийн төв", "RDC"
        ),
        OrganisationName("{place} Journalists' Association", "{place} сэтгүүлчдийн холбоо", "JA"),
        OrganisationName(
            "{place} Association of Citizens with Disabilities",
            "{place} хөгжлийн бэрхшээлтэй иргэдийн холбоо",
            "ACD",
        ),
    ),
    "ms": (
        OrganisationName(
            "{place} Women's Development Organisation",
            "Pertubuhan Pembangunan Wanita {place}",
            "WDO",
        ),
        OrganisationName("{place} Youth Council", "Majlis Belia {place}", "YC"),
        OrganisationName(
            "{place} Human Rights Society", "Persatuan Hak Asasi Manusia {place}", "HRS"
        ),
        OrganisationName(
            "{place} Association of Persons with Disabilities",
            "Persatuan Orang Kurang Upaya {place}",
            "APD",
        ),
        OrganisationName("{place} Journalists' Association", "Persatuan Wartawan {place}", "JA"),
    ),
    "id": (
        OrganisationName(
            "{place} Women's Empowerment Institute", "Lembaga Pemberdayaan Perempuan {place}", "WEI"
        ),
        OrganisationName("{place} Youth Forum", "Forum Pemuda {place}", "YF"),
        OrganisationName("{place} Legal Aid Institute", "Lembaga Bantuan Hukum {place}", "LAI"),
        OrganisationName(
            "{place} Village Development Foundation", "Yayasan Pengembangan Desa {place}", "VDF"
        ),
        OrganisationName(
            "{place} Alliance of Independent Journalists",
            "Aliansi Jurnalis Independen {place}",
            "AIJ",
        ),
        OrganisationName("{place} Migrant Workers Union", "Serikat Buruh Migran {place}", "MWU"),
    ),
    "fil": (
        OrganisationName("{place} Women's Association", "Samahan ng Kababaihan ng {place}", "WA"),
        OrganisationName("{place} Youth Movement", "Kilusang Kabataan ng {place}", "YM"),
        OrganisationName(
            "{place} Human Rights Centre", "Sentro para sa Karapatang Pantao ng {place}", "HRC"
        ),
        OrganisationName(
            "{place} Farmers' Association", "Samahan ng mga Magsasaka ng {place}", "FA"
        ),
        OrganisationName(
            "{place} Journalists' Association", "Samahan ng mga Mamamahayag ng {place}", "JA"
        ),
        OrganisationName(
            "{place} Migrant Workers Association",
            "Samahan ng mga Manggagawang Migrante ng {place}",
            "MWA",
        ),
    ),
    "am": (
        OrganisationName("{place} Women's Development Association", "የ{place} ሴቶች ልማት ማኅበር", "WDA"),
        OrganisationName("{place} Youth Association", "የ{place} ወጣቶች ማኅበር", "YA"),
        OrganisationName("{place} Human Rights Centre", "የ{place} ሰብአዊ መብቶች ማዕከል", "HRC"),
        OrganisationName("{place} Rural Development Organisation", "የ{place} ገጠር ልማት ድርጅት", "RDO"),
        OrganisationName("{place} Journalists' Association", "የ{place} ጋዜጠኞች ማኅበር", "JA"),
        OrganisationName(
            "{place} Association of Persons with Disabilities", "የ{place} አካል ጉዳተኞች ማኅበር", "APD"
        ),
    ),
    "ti": (
        OrganisationName("{place} Women's Association", "ማሕበር ደቀንስትዮ {place}", "WA"),
        OrganisationName(
            "{place} Youth and Students Association", "ማሕበር መንእሰያትን ተማሃሮን {place}", "YSA"
        ),
        OrganisationName("{place} Workers' Union", "ማሕበር ሰራሕተኛታት {place}", "WU"),
        OrganisationName("{place} Rural Development Association", "ማሕበር ምዕባለ ገጠር {place}", "RDA"),
        OrganisationName("{place} Journalists' Association", "ማሕበር ጋዜጠኛታት {place}", "JA"),
    ),
    "so": (
        OrganisationName(
            "{place} Women's Development Organisation", "Ururka Horumarinta Haweenka {place}", "WDO"
        ),
        OrganisationName("{place} Youth Organisation", "Ururka Dhallinyarada {place}", "YO"),
        OrganisationName("{place} Human Rights Centre", "Xarunta Xuquuqda Aadanaha {place}", "HRC"),
        OrganisationName("{place} Journalists' Union", "Ururka Saxafiyiinta {place}", "JU"),
    ),
    "sw": (
        OrganisationName(
            "{place} Women's Development Association",
            "Chama cha Maendeleo ya Wanawake {place}",
            "WDA",
        ),
        OrganisationName("{place} Youth Forum", "Jukwaa la Vijana {place}", "YF"),
        OrganisationName(
            "{place} Human Rights Centre", "Kituo cha Haki za Binadamu {place}", "HRC"
        ),
        OrganisationName(
            "{place} Rural Development Organisation", "Shirika la Maendeleo Vijijini {place}", "RDO"
        ),
        OrganisationName(
            "{place} Journalists' Association", "Chama cha Waandishi wa Habari {place}", "JA"
        ),
        OrganisationName(
            "{place} Association of Persons with Disabilities",
            "Chama cha Watu Wenye Ulemavu {place}",
            "APD",
        ),
    ),
    "rw": (
        OrganisationName("{place} Women's Network", "Réseau des femmes de {place}", "WN"),
        OrganisationName("{place} Youth Forum", "Forum des jeunes de {place}", "YF"),
        OrganisationName(
            "{place} Human Rights League", "Ligue des droits de l'homme de {place}", "HRL"
        ),
        OrganisationName(
            "{place} Association of Persons with Disabilities",
            "Association des personnes handicapées de {place}",
            "APD",
        ),
    ),
    "mg": (
        OrganisationName(
            "{place} Women's Development Association",
            "Association des femmes pour le développement de {place}",
            "WDA",
        ),
        OrganisationName("{place} Youth Forum", "Forum des jeunes de {place}", "YF"),
        OrganisationName(
            "{place} Human Rights Committee", "Comité des droits de l'homme de {place}", "HRC"
        ),
        OrganisationName(
            "{place} Rural Development Association",
            "Association pour le développement rural de {place}",
            "RDA",
        ),
    ),
    "fr": (
        OrganisationName(
            "{place} Women's Development Association",
            "Association des femmes pour le développement de {place}",
            "WDA",
        ),
        OrganisationName("{place} Youth Forum", "Forum des jeunes de {place}", "YF"),
        OrganisationName(
            "{place} Human Rights League", "Ligue des droits de l'homme de {place}", "HRL"
        ),
        OrganisationName(
            "{place} Water and Sanitation Network", "Réseau eau et assainissement de {place}", "WSN"
        ),
        OrganisationName("{place} Union of Journalists", "Union des journalistes de {place}", "UJ"),
        OrganisationName(
            "{place} Association of Persons with Disabilities",
            "Association des personnes handicapées de {place}",
            "APD",
        ),
    ),
    "en": (
        OrganisationName(
            "{place} Women's Development Association",
            "{place} Women's Development Association",
            "WDA",
        ),
        OrganisationName("{place} Youth Forum", "{place} Youth Forum", "YF"),
        OrganisationName("{place} Human Rights Centre", "{place} Human Rights Centre", "HRC"),
        OrganisationName(
            "{place} Rural Development Society", "{place} Rural Development Society", "RDS"
        ),
        OrganisationName(
            "{place} Disability Rights Organisation",
            "{place} Disability Rights Organisation",
            "DRO",
        ),
        OrganisationName(
            "{place} Association of Journalists", "{place} Association of Journalists", "AJ"
        ),
        OrganisationName(
            "{place} Water and Sanitation Network", "{place} Water and Sanitation Network", "WSN"
        ),
    ),
    "din": (
        OrganisationName(
            "{place} Women's Empowerment Association",
            "{place} Women's Empowerment Association",
            "WEA",
        ),
        OrganisationName("{place} Youth Union", "{place} Youth Union", "YU"),
        OrganisationName(
            "{place} Peace and Human Rights Forum", "{place} Peace and Human Rights Forum", "PHRF"
        ),
        OrganisationName(
            "{place} Water and Sanitation Committee",
            "{place} Water and Sanitation Committee",
            "WSC",
        ),
        OrganisationName(
            "{place} Journalists' Association", "{place} Journalists' Association", "JA"
        ),
    ),
    "pt": (
        OrganisationName(
            "{place} Women's Development Association",
            "Associação das Mulheres para o Desenvolvimento de {place}",
            "WDA",
        ),
        OrganisationName("{place} Youth Network", "Rede da Juventude de {place}", "YN"),
        OrganisationName(
            "{place} Human Rights League", "Liga dos Direitos Humanos de {place}", "HRL"
        ),
        OrganisationName(
            "{place} Rural Development Association",
            "Associação de Desenvolvimento Rural de {place}",
            "RDA",
        ),
        OrganisationName(
            "{place} Journalists' Union", "Sindicato dos Jornalistas de {place}", "JU"
        ),
        OrganisationName(
            "{place} Water and Sanitation Network", "Rede de Água e Saneamento de {place}", "WSN"
        ),
    ),
    "fan": (
        OrganisationName(
            "{place} Women's Development Association",
            "Asociación de Mujeres para el Desarrollo de {place}",
            "WDA",
        ),
        OrganisationName("{place} Youth Network", "Red de Jóvenes de {place}", "YN"),
        OrganisationName(
            "{place} Human Rights Centre", "Centro de Derechos Humanos de {place}", "HRC"
        ),
        OrganisationName(
            "{place} Rural Development Foundation",
            "Fundación para el Desarrollo Rural de {place}",
            "RDF",
        ),
    ),
    "mfe": (
        OrganisationName("{place} Women's Association", "Association des femmes de {place}", "WA"),
        OrganisationName("{place} Youth Forum", "Forum des jeunes de {place}", "YF"),
        OrganisationName(
            "{place} Climate Action Network", "Réseau action climat de {place}", "CAN"
        ),
        OrganisationName(
            "{place} Association of Persons with Disabilities",
            "Association des personnes handicapées de {place}",
            "APD",
        ),
    ),
    "es": (
        OrganisationName(
            "{place} Women's Development Association",
            "Asociación de Mujeres para el Desarrollo de {place}",
            "WDA",
        ),
        OrganisationName("{place} Youth Network", "Red de Jóvenes de {place}", "YN"),
        OrganisationName(
            "{place} Human Rights Centre", "Centro de Derechos Humanos de {place}", "HRC"
        ),
        OrganisationName(
            "{place} Rural Development Foundation",
            "Fundación para el Desarrollo Rural de {place}",
            "RDF",
        ),
        OrganisationName(
            "{place} Journalists' Collective", "Colectivo de Periodistas de {place}", "JC"
        ),
        OrganisationName(
            "{place} Association of Persons with Disabilities",
            "Asociación de Personas con Discapacidad de {place}",
            "APD",
        ),
        OrganisationName(
            "{place} Climate Action Network", "Red de Acción Climática de {place}", "CAN"
        ),
    ),
    "ht": (
        OrganisationName("{place} Women's Solidarity", "Solidarite Fanm {place}", "WS"),
        OrganisationName("{place} Youth Network", "Rezo Jèn {place}", "YN"),
        OrganisationName("{place} Human Rights Centre", "Sant pou Dwa Moun {place}", "HRC"),
        OrganisationName("{place} Peasants' Association", "Asosyasyon Peyizan {place}", "PA"),
        OrganisationName("{place} Journalists' Association", "Asosyasyon Jounalis {place}", "JA"),
    ),
    "en_car": (
        OrganisationName(
            "{place} Women's Empowerment Network", "{place} Women's Empowerment Network", "WEN"
        ),
        OrganisationName("{place} Youth Council", "{place} Youth Council", "YC"),
        OrganisationName(
            "{place} Climate Resilience Alliance", "{place} Climate Resilience Alliance", "CRA"
        ),
        OrganisationName("{place} Human Rights Committee", "{place} Human Rights Committee", "HRC"),
        OrganisationName(
            "{place} Association of Persons with Disabilities",
            "{place} Association of Persons with Disabilities",
            "APD",
        ),
    ),
    "nl": (
        OrganisationName(
            "{place} Women in Development Foundation",
            "Stichting Vrouwen in Ontwikkeling {place}",
            "WDF",
        ),
        OrganisationName("{place} Youth Platform", "Jongerenplatform {place}", "YP"),
        OrganisationName(
            "{place} Human Rights Foundation", "Stichting Mensenrechten {place}", "HRF"
        ),
        OrganisationName(
            "{place} Journalists' Association", "Vereniging van Journalisten {place}", "JA"
        ),
        OrganisationName(
            "{place} Rural Development Foundation",
            "Stichting Plattelandsontwikkeling {place}",
            "RDF",
        ),
    ),
    "en_pac": (
        OrganisationName("{place} Women's Crisis Centre", "{place} Women's Crisis Centre", "WCC"),
        OrganisationName("{place} Youth Council", "{place} Youth Council", "YC"),
        OrganisationName("{place} Climate Action Network", "{place} Climate Action Network", "CAN"),
        OrganisationName(
            "{place} Rural Development Trust", "{place} Rural Development Trust", "RDT"
        ),
        OrganisationName("{place} Media Association", "{place} Media Association", "MA"),
    ),
    "az": (
        OrganisationName(
            "{place} Women's Development Public Union",
            "{place} Qadınların İnkişafı İctimai Birliyi",
            "WDPU",
        ),
        OrganisationName("{place} Youth Forum", "{place} Gənclər Forumu", "YF"),
        OrganisationName("{place} Human Rights Centre", "{place} İnsan Hüquqları Mərkəzi", "HRC"),
        OrganisationName(
            "{place} Environmental Education Centre",
            "{place} Ekoloji Maarifləndirmə Mərkəzi",
            "EEC",
        ),
        OrganisationName("{place} Journalists' Union", "{place} Jurnalistlər Birliyi", "JU"),
    ),
    "be": (
        OrganisationName("{place} Women's Initiative", "Жаночая ініцыятыва «{place}»", "WI"),
        OrganisationName("{place} Youth Centre", "Моладзевы цэнтр «{place}»", "YC"),
        OrganisationName("{place} Human Rights Centre", "Праваабарончы цэнтр «{place}»", "HRC"),
        OrganisationName(
            "{place} Environmental Initiative", "Экалагічная ініцыятыва «{place}»", "EI"
        ),
        OrganisationName(
            "{place} Association of People with Disabilities",
            "Асацыяцыя людзей з інваліднасцю «{place}»",
            "APD",
        ),
    ),
    "tk": (
        OrganisationName("{place} Women's Union", "{place} Zenanlar birleşigi", "WU"),
        OrganisationName("{place} Youth Organisation", "{place} Ýaşlar guramasy", "YO"),
        OrganisationName(
            "{place} Nature Protection Society", "{place} Tebigaty goraýyş jemgyýeti", "NPS"
        ),
        OrganisationName("{place} Society of the Disabled", "{place} Maýyplar jemgyýeti", "SD"),
    ),
    "uz": (
        OrganisationName("{place} Women's Committee", "{place} Xotin-qizlar qoʻmitasi", "WC"),
        OrganisationName("{place} Youth Union", "{place} Yoshlar ittifoqi", "YU"),
        OrganisationName("{place} Human Rights Centre", "{place} Inson huquqlari markazi", "HRC"),
        OrganisationName(
            "{place} Society of Persons with Disabilities", "{place} Nogironlar jamiyati", "SPD"
        ),
        OrganisationName(
            "{place} Journalists' Association", "{place} Jurnalistlar uyushmasi", "JA"
        ),
    ),
}

# Namings whose organisation patterns are in French (elision before a vowel).
_FRENCH_PATTERNS = frozenset({"fr", "mg", "rw", "mfe"})
_APOSTROPHES = "'\u2019\u02bb\u02bc"
_LATIN_EXTRA = " -." + _APOSTROPHES
_MIN_FEMALE = 8
_MIN_MALE = 8
_MIN_FAMILY = 10
_MIN_PATTERNS = 4


def _needs_elision(word: str) -> bool:
    """Whether French "de" before ``word`` becomes "d'" (not before "Ou" + vowel: Ouaga)."""
    head = word[:3].upper()
    if head[:2] == "OU" and head[2:3] in "AEI":
        return False
    return head[:1] in "AEIOUÂÉÈÊÎÔÛ"


def _latin_problem(text: str) -> str | None:
    """Why ``text`` is not Latin letters, spaces, apostrophes, hyphens and periods."""
    if not text.strip():
        return "is empty"
    for char in text:
        if char in _LATIN_EXTRA:
            continue
        if unicodedata.category(char).startswith("L") and unicodedata.name(char, "").startswith(
            "LATIN "
        ):
            continue
        return f"has {char!r} (U+{ord(char):04X}), not a Latin letter"
    return None


def _script_problem(text: str, script: str) -> str | None:
    """Why ``text`` is not written in ``script`` (a Unicode script word)."""
    if script == "LATIN":
        return _latin_problem(text)
    letters = [char for char in text if unicodedata.category(char)[0] in "LMN"]
    if not letters:
        return f"has no {script} letter"
    for char in letters:
        if script not in unicodedata.name(char, ""):
            return f"has {char!r} (U+{ord(char):04X}), not {script}"
    return None


def _text_problems(where: str, form: NameForm, script: str) -> list[str]:
    problems = []
    for label, text in (("latin", form.latin), ("local", form.local)):
        if unicodedata.normalize("NFC", text) != text:
            problems.append(f"{where}: {label} {text!r} is not NFC-normalised")
        if text != text.strip() or "  " in text:
            problems.append(f"{where}: {label} {text!r} has stray spaces")
    problem = _latin_problem(form.latin)
    if problem:
        problems.append(f"{where}: latin {form.latin!r} {problem}")
    problem = _script_problem(form.local, script)
    if problem:
        problems.append(f"{where}: local {form.local!r} {problem}")
    return problems


def _check_naming(key: str, naming: Naming) -> list[str]:
    problems = []
    for field, minimum in (
        ("given_female", _MIN_FEMALE),
        ("given_male", _MIN_MALE),
        ("family", _MIN_FAMILY),
    ):
        forms = getattr(naming, field)
        if len(forms) < minimum:
            problems.append(f"NAMINGS[{key!r}].{field}: {len(forms)} names, need {minimum}")
        latins = [form.latin for form in forms]
        if len(set(latins)) != len(latins):
            problems.append(f"NAMINGS[{key!r}].{field}: duplicate names")
    if naming.family_female and len(naming.family_female) != len(naming.family):
        problems.append(f"NAMINGS[{key!r}].family_female: not index for index with family")
    for field in ("given_female", "given_male", "family", "family_female"):
        for form in getattr(naming, field):
            where = f"NAMINGS[{key!r}].{field} {form.latin!r}"
            problems += _text_problems(where, form, naming.script)
            if naming.script == "LATIN" and form.local != form.latin:
                problems.append(f"{where}: local differs from latin in a Latin script")
    return problems


def _check_patterns(key: str, patterns: tuple[OrganisationName, ...], script: str) -> list[str]:
    problems = []
    if len(patterns) < _MIN_PATTERNS:
        problems.append(
            f"ORGANISATION_PATTERNS[{key!r}]: {len(patterns)} patterns, need {_MIN_PATTERNS}"
        )
    for pattern in patterns:
        where = f"ORGANISATION_PATTERNS[{key!r}] {pattern.latin!r}"
        for label, text in (("latin", pattern.latin), ("local", pattern.local)):
            rest = text.replace(PLACEHOLDER, "")
            if text.count(PLACEHOLDER) != 1 or "{" in rest or "}" in rest:
                problems.append(f"{where}: {label} needs {PLACEHOLDER} exactly once")
        bare = NameForm(
            " ".join(pattern.latin.replace(PLACEHOLDER, " ").split()),
            " ".join(pattern.local.replace(PLACEHOLDER, " ").split()),
        )
        problems += _text_problems(where, bare, script)
        acronym = pattern.acronym
        if not (
            2 <= len(acronym) <= 6 and acronym.isascii() and acronym.isalpha() and acronym.isupper()
        ):
            problems.append(f"{where}: acronym {acronym!r} is not 2-6 Latin capitals")
    return problems


def check(member_codes: set[str]) -> list[str]:
    """Problems with the tables (empty when fine), given the NAM member alpha-2 codes."""
    problems = []
    for key, naming in NAMINGS.items():
        problems += _check_naming(key, naming)
        if key not in ORGANISATION_PATTERNS:
            problems.append(f"ORGANISATION_PATTERNS: no entry for naming {key!r}")
    for key, patterns in ORGANISATION_PATTERNS.items():
        if key not in NAMINGS:
            problems.append(f"ORGANISATION_PATTERNS[{key!r}]: no such naming")
            continue
        problems += _check_patterns(key, patterns, NAMINGS[key].script)

    for table_name, table in (("COUNTRY_NAMINGS", COUNTRY_NAMINGS), ("PLACES", PLACES)):
        for code in sorted(member_codes - table.keys()):
            problems.append(f"{table_name}: member {code} is missing")
        for code in sorted(table.keys() - member_codes):
            problems.append(f"{table_name}: {code} is not a member")

    for code, keys in COUNTRY_NAMINGS.items():
        if not keys or len(set(keys)) != len(keys):
            problems.append(f"COUNTRY_NAMINGS[{code!r}]: empty or repeated namings")
        for key in keys:
            if key not in NAMINGS:
                problems.append(f"COUNTRY_NAMINGS[{code!r}]: no naming {key!r}")

    for code, places in PLACES.items():
        if not 2 <= len(places) <= 3:
            problems.append(f"PLACES[{code!r}]: {len(places)} places, need 2 or 3")
        keys = COUNTRY_NAMINGS.get(code, ())
        first = keys[0] if keys else None
        script = NAMINGS[first].script if first in NAMINGS else "LATIN"
        for place in places:
            where = f"PLACES[{code!r}] {place.latin!r}"
            problems += _text_problems(where, place, script)
            if (
                first in _FRENCH_PATTERNS
                and _needs_elision(place.local)
                and any("de " + PLACEHOLDER in p.local for p in ORGANISATION_PATTERNS[first])
            ):
                problems.append(f"{where}: French patterns would need d'{place.local}")
    return problems
