package store

// Unlink removes a chat from its person: the chat is a stranger again (a
// lost phone, a chat handed over). The person and their links stay.
func (t *Tx) Unlink(id Identity) error {
	return wrap("store.Unlink "+id.key(), t.tx.Bucket(bIdentities).Delete([]byte(id.key())))
}
