package commands

import (
	"fmt"

	"github.com/bwmarrin/discordgo"
)

// Discord's limits on what a message or response may hold, in characters as
// counted by textLen.
const (
	maxContent          = 2000
	maxEmbedTitle       = 256
	maxEmbedDescription = 4096
	maxFieldName        = 256
	maxFieldValue       = 1024
	maxFooter           = 2048
	maxAuthorName       = 256
	maxFields           = 25
	maxEmbeds           = 10
	maxEmbedsTotal      = 6000
	maxChoices          = 25
	maxChoiceName       = 100
	maxChoiceValue      = 100
	maxButtonLabel      = 80
	maxButtonsPerRow    = 5
	maxActionRows       = 5
)

// embedLen is how many characters of an embed count toward the 6,000
// shared by all the embeds of a message: title, description, field names
// and values, footer text and author name.
func embedLen(e *discordgo.MessageEmbed) int {
	n := textLen(e.Title) + textLen(e.Description)
	for _, f := range e.Fields {
		n += textLen(f.Name) + textLen(f.Value)
	}
	if e.Footer != nil {
		n += textLen(e.Footer.Text)
	}
	if e.Author != nil {
		n += textLen(e.Author.Name)
	}
	return n
}

// CheckLimits reports the first of Discord's message limits that content,
// embeds and components break, or nil: content length, number of embeds,
// every embed field's length, the 6,000 characters shared by all embeds,
// the number of fields, and custom IDs and labels of buttons.
func CheckLimits(content string, embeds []*discordgo.MessageEmbed, components []discordgo.MessageComponent) error {
	if n := textLen(content); n > maxContent {
		return fmt.Errorf("content has %d characters, more than %d", n, maxContent)
	}
	if len(embeds) > maxEmbeds {
		return fmt.Errorf("%d embeds, more than %d", len(embeds), maxEmbeds)
	}
	total := 0
	for i, e := range embeds {
		if err := checkEmbed(e); err != nil {
			return fmt.Errorf("embed %d: %w", i, err)
		}
		total += embedLen(e)
	}
	if total > maxEmbedsTotal {
		return fmt.Errorf("embeds have %d characters in all, more than %d", total, maxEmbedsTotal)
	}
	if len(components) > maxActionRows {
		return fmt.Errorf("%d action rows, more than %d", len(components), maxActionRows)
	}
	for _, c := range components {
		row, ok := c.(discordgo.ActionsRow)
		if !ok {
			return fmt.Errorf("top-level component %T is not an action row", c)
		}
		if len(row.Components) > maxButtonsPerRow {
			return fmt.Errorf("%d buttons in a row, more than %d", len(row.Components), maxButtonsPerRow)
		}
		for _, bc := range row.Components {
			b, ok := bc.(discordgo.Button)
			if !ok {
				continue
			}
			if n := textLen(b.CustomID); n > maxCustomID {
				return fmt.Errorf("button custom ID has %d characters, more than %d", n, maxCustomID)
			}
			if n := textLen(b.Label); n > maxButtonLabel {
				return fmt.Errorf("button label has %d characters, more than %d", n, maxButtonLabel)
			}
		}
	}
	return nil
}

func checkEmbed(e *discordgo.MessageEmbed) error {
	limit := func(what, s string, max int) error {
		if n := textLen(s); n > max {
			return fmt.Errorf("%s has %d characters, more than %d", what, n, max)
		}
		return nil
	}
	if err := limit("title", e.Title, maxEmbedTitle); err != nil {
		return err
	}
	if err := limit("description", e.Description, maxEmbedDescription); err != nil {
		return err
	}
	if len(e.Fields) > maxFields {
		return fmt.Errorf("%d fields, more than %d", len(e.Fields), maxFields)
	}
	for j, f := range e.Fields {
		if err := limit(fmt.Sprintf("field %d name", j), f.Name, maxFieldName); err != nil {
			return err
		}
		if err := limit(fmt.Sprintf("field %d value", j), f.Value, maxFieldValue); err != nil {
			return err
		}
		if f.Name == "" || f.Value == "" {
			return fmt.Errorf("field %d has an empty name or value", j)
		}
	}
	if e.Footer != nil {
		if err := limit("footer", e.Footer.Text, maxFooter); err != nil {
			return err
		}
	}
	if e.Author != nil {
		if err := limit("author name", e.Author.Name, maxAuthorName); err != nil {
			return err
		}
	}
	return nil
}
