// Package fuzzform holds a copy of the sample's monthly form for fuzz
// tests of package flows (which cannot import flows/sample: it would be a
// cycle).
package fuzzform

// Monthly is a configuration with one unit and the monthly report.
const Monthly = `units: [{code: "1", name: Xã Một}]
forms:
  # Báo cáo tháng: ngắn, hạn ngày 20 tháng sau.
  - id: thang
    title: {vi: "Báo cáo hoạt động tháng", en: "Monthly activity report"}
    period: month
    open_days: 5
    deadline_days: 20
    lock_days: 30
    questions:
      - id: tin_cds
        key: tin
        type: integer
        required: true
        min: 0
        unit: {vi: "tin, bài", en: items}
        label: {vi: "Số tin, bài về chuyển đổi số đăng trong tháng?", en: "News items on digital transformation published this month?"}
        plausible: 1
      - id: ho_so_dvc
        key: hs
        type: integer
        required: true
        min: 0
        unit: {vi: hồ sơ, en: applications}
        label: {vi: "Tổng số hồ sơ thủ tục hành chính đã tiếp nhận trong tháng?", en: "Administrative applications received this month?"}
      - id: ho_so_truc_tuyen
        key: tt
        type: integer
        required: true
        min: 0
        unit: {vi: hồ sơ, en: applications}
        label: {vi: "Trong đó, số hồ sơ nộp trực tuyến?", en: "Of which, submitted online?"}
        constraint: ho_so_truc_tuyen <= ho_so_dvc
        message: {vi: "Số hồ sơ nộp trực tuyến không thể lớn hơn tổng số hồ sơ đã tiếp nhận.", en: "Online applications cannot exceed the applications received."}
      - id: ty_le_truc_tuyen
        type: percent
        calculate: "ho_so_dvc > 0 ? ho_so_truc_tuyen / ho_so_dvc * 100 : nil"
        indicator: true
        label: {vi: "Tỷ lệ hồ sơ nộp trực tuyến", en: "Share of applications submitted online"}
      - id: co_hoat_dong
        key: hd
        type: yesno
        required: true
        label: {vi: "Trong tháng, xã có tổ chức hoạt động văn hóa, văn nghệ, thể thao không?", en: "Did the commune hold a cultural, arts or sports event this month?"}
      - id: noi_dung
        type: text
        relevant: co_hoat_dong == true
        label: {vi: "Vui lòng nêu ngắn gọn các hoạt động đã tổ chức.", en: "Please list the events briefly."}
      - id: kien_nghi
        type: text
        label: {vi: "Khó khăn, vướng mắc, kiến nghị (nếu có)?", en: "Difficulties and proposals (if any)?"}
`
