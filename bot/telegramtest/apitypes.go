package telegramtest

import "encoding/json"

// Wire shapes of the objects the fake returns, as the Bot API documents
// them and as tgbotapi v5 decodes them.

type apiUser struct {
	ID           int64  `json:"id"`
	IsBot        bool   `json:"is_bot"`
	FirstName    string `json:"first_name"`
	Username     string `json:"username,omitempty"`
	LanguageCode string `json:"language_code,omitempty"`

	CanJoinGroups           *bool `json:"can_join_groups,omitempty"`
	CanReadAllGroupMessages *bool `json:"can_read_all_group_messages,omitempty"`
	SupportsInlineQueries   *bool `json:"supports_inline_queries,omitempty"`
}

type apiChat struct {
	ID        int64  `json:"id"`
	Type      string `json:"type"`
	Title     string `json:"title,omitempty"`
	Username  string `json:"username,omitempty"`
	FirstName string `json:"first_name,omitempty"`
}

type apiEntity struct {
	Type   string `json:"type"`
	Offset int    `json:"offset"`
	Length int    `json:"length"`
}

type apiPhotoSize struct {
	FileID       string `json:"file_id"`
	FileUniqueID string `json:"file_unique_id"`
	Width        int    `json:"width"`
	Height       int    `json:"height"`
	FileSize     int64  `json:"file_size,omitempty"`
}

type apiDocument struct {
	FileID       string `json:"file_id"`
	FileUniqueID string `json:"file_unique_id"`
	FileName     string `json:"file_name,omitempty"`
	FileSize     int64  `json:"file_size,omitempty"`
}

type apiMessage struct {
	MessageID      int             `json:"message_id"`
	From           *apiUser        `json:"from,omitempty"`
	Date           int64           `json:"date"`
	Chat           apiChat         `json:"chat"`
	EditDate       int64           `json:"edit_date,omitempty"`
	ReplyToMessage *apiMessage     `json:"reply_to_message,omitempty"`
	Text           string          `json:"text,omitempty"`
	Entities       []apiEntity     `json:"entities,omitempty"`
	Caption        string          `json:"caption,omitempty"`
	Photo          []apiPhotoSize  `json:"photo,omitempty"`
	Document       *apiDocument    `json:"document,omitempty"`
	Sticker        json.RawMessage `json:"sticker,omitempty"`
	Voice          json.RawMessage `json:"voice,omitempty"`
	ReplyMarkup    json.RawMessage `json:"reply_markup,omitempty"`
}

type apiCallbackQuery struct {
	ID           string      `json:"id"`
	From         apiUser     `json:"from"`
	Message      *apiMessage `json:"message,omitempty"`
	ChatInstance string      `json:"chat_instance"`
	Data         string      `json:"data,omitempty"`
}

type apiUpdate struct {
	UpdateID      int               `json:"update_id"`
	Message       *apiMessage       `json:"message,omitempty"`
	CallbackQuery *apiCallbackQuery `json:"callback_query,omitempty"`
}
