"""The office's profile form: what the summary report prints as issuer, addressees and signer."""

from __future__ import annotations


def test_office_profile_form_names_what_is_missing(office):
    """The office form says which required fields are still empty; saving them stores Kính gửi and Nơi nhận as
    two lists."""
    window = office()
    form = window.summaries
    assert form.missing.isVisibleTo(form) and "tên cơ quan" in form.missing.text()
    for key, value in (("name", "Phòng Văn hóa – Xã hội xã Ea Kar"), ("supervising_body", "UBND xã Ea Kar"),
                       ("place_name", "Ea Kar"), ("signer", "Nguyễn Văn Bình"), ("signer_title", "TRƯỞNG PHÒNG"),
                       ("recipients", "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk"), ("copy_to", "UBND xã Ea Kar")):
        form.fields[key].setText(value)
    assert not form.missing.isVisibleTo(form)
    form.save_office_button.click()
    stored = window.repo.get_setting("office")
    assert stored["recipients"] == ["Sở Giáo dục và Đào tạo tỉnh Đắk Lắk"] and stored["copy_to"] == ["UBND xã Ea Kar"]
