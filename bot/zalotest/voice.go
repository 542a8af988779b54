package zalotest

// VoiceNote is a voice note as Zalo records one (raw ADTS AAC-LC, 16 kHz,
// mono) lasting seconds: one ADTS frame per 1,024 samples, each a 7-byte
// header and a short silent payload. A reader that adds up the frames, as
// the bot does, finds the length.
func VoiceNote(seconds int) []byte {
	const rate, index = 16000, 8 // sampling_frequency_index 8 is 16 kHz
	payload := []byte{0x00, 0xc8, 0x00, 0x80, 0x23, 0x80}
	frames := (seconds*rate + 512) / 1024
	n := 7 + len(payload)
	out := make([]byte, 0, frames*n)
	for range frames {
		out = append(out,
			0xFF, 0xF1, // sync word, MPEG-4, layer 0, no CRC
			byte(1<<6|index<<2|0), // profile AAC LC (1), 16 kHz, private 0, channels' high bit 0
			byte(1<<6|n>>11),      // one channel; frame length's top 2 bits
			byte(n>>3),            // its middle 8 bits
			byte(n<<5|0x1F),       // its low 3 bits; buffer fullness 0x7FF (VBR)
			0xFC,                  // buffer fullness' rest; one raw data block
		)
		out = append(out, payload...)
	}
	return out
}
