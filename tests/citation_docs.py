"""Our own citation test documents (State, Party, MTTQ): one builder for fixtures/citations/build_fixtures.py
and the tests.  The drafts are our own wording (never text copied from ../shared)."""


STATE_HEAD = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: {number}
Hòa Bình, ngày {date}

{type}
{summary}

"""
STATE_TAIL = """
Nơi nhận:
- Sở, ban, ngành tỉnh;
- Lưu: VT, VX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Bình
"""
PARTY_HEAD = """ĐẢNG BỘ TỈNH HÒA BÌNH
BAN TUYÊN GIÁO TỈNH ỦY
*
Số {number}
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Bình, ngày {date}

{type}
{summary}

"""
PARTY_TAIL = """
Nơi nhận:
- Thường trực Tỉnh ủy (để báo cáo),
- Lưu Văn phòng Ban.
K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Trần Thị Hoa
"""
MTTQ_HEAD = """ỦY BAN MTTQ VIỆT NAM
TỈNH HÒA BÌNH
BAN THƯỜNG TRỰC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: {number}
Hòa Bình, ngày {date}

{type}
{summary}

"""
MTTQ_TAIL = """
Nơi nhận:
- Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam;
- Lưu: VT.
TM. BAN THƯỜNG TRỰC
PHÓ CHỦ TỊCH
Lê Văn Sơn
"""

STATE_BODY = """Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;
{basis}
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao chất lượng soạn thảo văn bản của các cơ quan, đơn vị trong năm {year}.
2. Bảo đảm thống nhất về thể thức và kỹ thuật trình bày văn bản.
II. NỘI DUNG
1. {line1}
2. Rà soát các văn bản đã ban hành trong giai đoạn 2021 - 2025 để rút kinh nghiệm.
III. TỔ CHỨC THỰC HIỆN
Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch này./.
"""

def state_text(body_basis="", line1="Tổ chức tập huấn nghiệp vụ văn thư cho cán bộ các cấp.", number="15/KH-UBND",
          date="10 tháng 3 năm 2025", type_="KẾ HOẠCH", summary="Triển khai công tác văn thư năm 2025", year="2025",
          extra=""):
    text = STATE_HEAD.format(number=number, date=date, type=type_, summary=summary) + STATE_BODY.format(
        basis=body_basis, line1=line1, year=year) + extra + STATE_TAIL
    return text

PARTY_BODY = """Thực hiện {basis}, Ban Tuyên giáo Tỉnh ủy hướng dẫn công tác thông tin đối ngoại năm {year} như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. {line1}
2. Bảo đảm sự lãnh đạo thống nhất của cấp ủy đối với công tác thông tin đối ngoại.
II. NỘI DUNG{heading}
1. Tuyên truyền các hoạt động đối ngoại của tỉnh trong năm {year}.
2. {line2}
III. TỔ CHỨC THỰC HIỆN
Các cấp ủy trực thuộc Tỉnh ủy căn cứ Hướng dẫn này xây dựng kế hoạch thực hiện.
"""

def party_text(basis="Kết luận số 57-KL/TW, ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới",
          line1="Quán triệt sâu sắc quan điểm, chủ trương của Đảng về công tác thông tin đối ngoại.",
          line2="Đấu tranh, phản bác các quan điểm sai trái, thù địch.", heading="", number="12-HD/BTGTU",
          date="15 tháng 01 năm 2025", summary="công tác thông tin đối ngoại năm 2025", year="2025"):
    text = PARTY_HEAD.format(number=number, date=date, type="HƯỚNG DẪN", summary=summary) + PARTY_BODY.format(
        basis=basis, line1=line1, line2=line2, heading=heading, year=year) + PARTY_TAIL
    return text

MTTQ_BODY = """Thực hiện {basis}, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh hướng dẫn như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. {line1}
II. NỘI DUNG
1. Tuyên truyền kết quả thực hiện nhiệm vụ chính trị của địa phương.
III. TỔ CHỨC THỰC HIỆN
Ban Thường trực Ủy ban MTTQ Việt Nam các huyện, thành phố tổ chức thực hiện./.
"""

def mttq_text(basis="Hướng dẫn số 108/HD-MTTW-BTT, ngày 06/8/2023 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về công tác thông tin đối ngoại",
         line1="Nâng cao nhận thức của cán bộ, hội viên và Nhân dân.", number="97/HD-MTTQ-BTT",
         date="17 tháng 10 năm 2023", summary="Công tác thông tin đối ngoại năm 2023"):
    text = MTTQ_HEAD.format(number=number, date=date, type="HƯỚNG DẪN", summary=summary) + MTTQ_BODY.format(
        basis=basis, line1=line1) + MTTQ_TAIL
    return text

