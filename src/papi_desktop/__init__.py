"""papi_desktop — tự đánh giá các tiêu chí nâng cao Chỉ số PAPI của trường tiểu học công lập."""

__version__ = "0.1.0"
APP_NAME = "papi-desktop"
