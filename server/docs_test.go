package server

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// TestInvitePermissions checks that the invite URL in the README
// asks for exactly the permissions the bot needs, computed from discordgo's
// constants rather than by hand.
func TestInvitePermissions(t *testing.T) {
	const want = discordgo.PermissionViewChannel |
		discordgo.PermissionSendMessages |
		discordgo.PermissionSendMessagesInThreads |
		discordgo.PermissionEmbedLinks |
		discordgo.PermissionReadMessageHistory
	doc, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	param := "permissions=" + strconv.FormatInt(want, 10)
	if !strings.Contains(string(doc), param) {
		t.Errorf("README.md lacks %q in the invite URL", param)
	}
	if !strings.Contains(string(doc), "**"+strconv.FormatInt(want, 10)+"**") {
		t.Errorf("README.md does not state the total %d", want)
	}
}
