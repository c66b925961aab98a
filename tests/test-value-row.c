/* test-value-row.c: a typed figure is read as the owner meant it, or refused
 *
 * A real OffloadValueRow in a presented window, with the catalog's specs:
 * text typed into its entry and committed as Enter or focus-out commit it.
 * Nothing silently becomes 0 or the old number; what is shown is what the
 * model holds. The French case needs fr_FR.UTF-8 and is skipped without it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>
#include <locale.h>

#include "offload-catalog.h"
#include "offload-format.h"
#include "offload-value-row.h"
#include "window-testing.h"

typedef struct
{
  GtkWindow       *window;
  OffloadValueRow *row;
  GtkSpinButton   *spin;
  GtkWidget       *other;       /* something else to give the focus to */
  guint            value_notifies;
  guint            example_notifies;
} Fixture;

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* A row for the catalog's input @input, in a window on screen, holding
 * @value. */
static void
fixture_init (Fixture    *fixture,
              const char *input,
              double      value)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->row = g_object_new (OFFLOAD_TYPE_VALUE_ROW, "label", "_Figure", "unit", "units", NULL);
  fixture->spin = offload_value_row_get_spin (fixture->row);
  fixture->other = gtk_button_new_with_label ("Elsewhere");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (fixture->row));
  gtk_box_append (GTK_BOX (box), fixture->other);
  gtk_window_set_child (fixture->window, box);

  offload_value_row_set_spec (fixture->row, offload_catalog_get_input (offload_catalog_get_default (), input));
  offload_value_row_set_value (fixture->row, value);
  fixture->value_notifies = 0;
  fixture->example_notifies = 0;
  g_signal_connect (fixture->row, "notify::value", G_CALLBACK (count_notify), &fixture->value_notifies);
  g_signal_connect (fixture->row, "notify::example", G_CALLBACK (count_notify), &fixture->example_notifies);

  gtk_window_present (fixture->window);
  testing_spin_main_loop ();
}

static void
fixture_clear (Fixture *fixture)
{
  OffloadValueRow *row = g_object_ref (fixture->row);

  gtk_window_destroy (fixture->window);
  testing_spin_main_loop ();
  g_assert_finalize_object (row);
}

/* Types @text and presses Enter: the key binding of the entry's text
 * widget emits its "activate", which the spin button commits on (on 4.8,
 * gtk_widget_activate() on the spin button or its text does not). */
static void
type_and_enter (Fixture    *fixture,
                const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (fixture->spin), text);
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (fixture->spin)), "activate");
  testing_spin_main_loop ();
}

/* Types @text into the focused entry and moves the focus away, which
 * commits it as Enter does. */
static void
type_and_leave (Fixture    *fixture,
                const char *text)
{
  gtk_widget_grab_focus (GTK_WIDGET (fixture->spin));
  testing_spin_main_loop ();
  gtk_editable_set_text (GTK_EDITABLE (fixture->spin), text);
  gtk_widget_grab_focus (fixture->other);
  testing_spin_main_loop ();
  g_assert_true (gtk_widget_has_focus (fixture->other));
}

/* Types @text and commits it as the spin button does on Enter and
 * focus-out. */
static void
type_and_commit (Fixture    *fixture,
                 const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (fixture->spin), text);
  gtk_spin_button_update (fixture->spin);
  testing_spin_main_loop ();
}

static const char *
spin_text (Fixture *fixture)
{
  return gtk_editable_get_text (GTK_EDITABLE (fixture->spin));
}

/* The row refuses what is typed, to the eye and to a screen reader, with
 * @message. */
static void
assert_refused (Fixture    *fixture,
                const char *message)
{
  GtkWidget *box = testing_template_child (fixture->row, OFFLOAD_TYPE_VALUE_ROW, "error_box");
  GtkLabel *label = testing_template_child (fixture->row, OFFLOAD_TYPE_VALUE_ROW, "error_label");

  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (fixture->spin), "error"));
  g_assert_true (gtk_widget_get_visible (box));
  g_assert_cmpstr (gtk_label_get_label (label), ==, message);
  gtk_test_accessible_assert_property (fixture->spin, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message);
  gtk_test_accessible_assert_state (fixture->spin, GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE);
}

static void
assert_accepted (Fixture *fixture)
{
  GtkWidget *box = testing_template_child (fixture->row, OFFLOAD_TYPE_VALUE_ROW, "error_box");

  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (fixture->spin), "error"));
  g_assert_false (gtk_widget_get_visible (box));
  gtk_test_accessible_assert_state (fixture->spin, GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_FALSE);
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (fixture->spin), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
}

/* The model and the entry both hold @value. */
static void
assert_value (Fixture *fixture,
              double   value)
{
  g_assert_cmpfloat_with_epsilon (offload_value_row_get_value (fixture->row), value, 1e-12);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (fixture->spin), value, 1e-12);
}

/* Accepted: no refusal shown, the model holds @value, the entry reads @text. */
static void
assert_accepted_shows (Fixture    *fixture,
                       double      value,
                       const char *text)
{
  assert_accepted (fixture);
  assert_value (fixture, value);
  g_assert_cmpstr (spin_text (fixture), ==, text);
}

/* Enter on @text: refused, the model keeps @kept, the typed text stays and
 * the row says @message. */
static void
assert_enter_refused (Fixture    *fixture,
                      const char *text,
                      double      kept,
                      const char *message)
{
  type_and_enter (fixture, text);
  assert_value (fixture, kept);
  g_assert_cmpstr (spin_text (fixture), ==, text);
  assert_refused (fixture, message);
}

static void
test_letters_refused (void)
{
  Fixture fixture;

  setlocale (LC_ALL, "C");
  fixture_init (&fixture, OFFLOAD_INPUT_HOURLY_VALUE, 80);
  g_assert_cmpstr (spin_text (&fixture), ==, "80");
  assert_accepted (&fixture);

  /* Not 0, and not the old number put back over what was typed. */
  type_and_enter (&fixture, "abc");
  assert_value (&fixture, 80);
  g_assert_cmpuint (fixture.value_notifies, ==, 0);
  g_assert_cmpstr (spin_text (&fixture), ==, "abc");
  assert_refused (&fixture, "Enter a number from 0 to 10,000");

  /* Enter again, and leaving the entry, change none of it. */
  type_and_enter (&fixture, "abc");
  assert_value (&fixture, 80);
  g_assert_cmpstr (spin_text (&fixture), ==, "abc");
  type_and_leave (&fixture, "abcd");
  assert_value (&fixture, 80);
  g_assert_cmpstr (spin_text (&fixture), ==, "abcd");
  assert_refused (&fixture, "Enter a number from 0 to 10,000");

  /* Half a number is no number either. */
  assert_enter_refused (&fixture, "12abc", 80, "Enter a number from 0 to 10,000");
  type_and_commit (&fixture, "");
  assert_value (&fixture, 80);
  g_assert_cmpstr (spin_text (&fixture), ==, "");
  assert_refused (&fixture, "Enter a number from 0 to 10,000");

  /* A valid figure ends the refusal and is taken, on focus-out too. */
  type_and_leave (&fixture, "95");
  assert_accepted_shows (&fixture, 95, "95");
  g_assert_cmpuint (fixture.value_notifies, ==, 1);

  fixture_clear (&fixture);
}

static void
test_english_decimals (void)
{
  Fixture fixture;

  setlocale (LC_ALL, "C");
  fixture_init (&fixture, OFFLOAD_INPUT_HOURS_PER_DAY, 2);

  /* "," is no decimal point in English: refused, not read as 3. */
  assert_enter_refused (&fixture, "3,5", 2, "Enter a number from 0 to 24");

  type_and_enter (&fixture, "3.5");
  assert_accepted_shows (&fixture, 3.5, "3.5");

  /* Spaces around are read too. */
  type_and_commit (&fixture, " 4.25 ");
  assert_value (&fixture, 4.25);
  g_assert_cmpstr (spin_text (&fixture), ==, "4.25");

  /* The thousands separator of a big figure is read, and written back. */
  offload_value_row_set_spec (fixture.row, offload_catalog_get_input (offload_catalog_get_default (),
                                                                      OFFLOAD_INPUT_HOURLY_VALUE));
  type_and_commit (&fixture, "1,500");
  assert_value (&fixture, 1500);
  g_assert_cmpstr (spin_text (&fixture), ==, "1,500");

  fixture_clear (&fixture);
}

static void
test_out_of_range (void)
{
  Fixture fixture;

  setlocale (LC_ALL, "C");
  fixture_init (&fixture, OFFLOAD_INPUT_HOURS_PER_DAY, 2);

  /* Not clamped to 24: refused, and the limit said. */
  assert_enter_refused (&fixture, "30", 2, "Enter a number from 0 to 24");

  assert_enter_refused (&fixture, "−1", 2, "Enter a number from 0 to 24");

  /* The refusal lasts while the text is still wrong, and ends with the
   * first valid text, before Enter; the value waits for Enter as any
   * typing does. */
  gtk_editable_set_text (GTK_EDITABLE (fixture.spin), "−");
  assert_refused (&fixture, "Enter a number from 0 to 24");
  gtk_editable_set_text (GTK_EDITABLE (fixture.spin), "24.5");
  assert_refused (&fixture, "Enter a number from 0 to 24");
  gtk_editable_set_text (GTK_EDITABLE (fixture.spin), "24");
  assert_accepted (&fixture);
  assert_value (&fixture, 2);
  /* Text on its way (emptied for a new figure) is not scolded before it
   * is committed. */
  gtk_editable_set_text (GTK_EDITABLE (fixture.spin), "");
  assert_accepted (&fixture);
  type_and_enter (&fixture, "12");
  assert_value (&fixture, 12);
  g_assert_cmpuint (fixture.value_notifies, ==, 1);

  /* The limits themselves are taken. */
  type_and_enter (&fixture, "24");
  assert_value (&fixture, 24);
  type_and_enter (&fixture, "0");
  assert_value (&fixture, 0);
  assert_accepted (&fixture);

  fixture_clear (&fixture);
}

static void
test_whole_numbers (void)
{
  Fixture fixture;

  setlocale (LC_ALL, "C");
  fixture_init (&fixture, OFFLOAD_INPUT_DAYS_PER_WEEK, 5);
  g_assert_cmpstr (spin_text (&fixture), ==, "5");

  /* Three and a half days is not rounded to 4 behind the owner's back. */
  assert_enter_refused (&fixture, "3.5", 5, "Enter a whole number from 1 to 7");

  type_and_enter (&fixture, "8");
  assert_value (&fixture, 5);
  assert_refused (&fixture, "Enter a whole number from 1 to 7");

  type_and_enter (&fixture, "6");
  assert_accepted_shows (&fixture, 6, "6");

  fixture_clear (&fixture);
}

static void
test_shown_is_computed (void)
{
  Fixture fixture;
  double read_back;

  setlocale (LC_ALL, "C");
  /* A step of 5: one decimal all the same. */
  fixture_init (&fixture, OFFLOAD_INPUT_HOURLY_VALUE, 80);

  offload_value_row_set_value (fixture.row, 62.7);
  testing_spin_main_loop ();
  g_assert_cmpstr (spin_text (&fixture), ==, "62.7");
  assert_value (&fixture, 62.7);

  type_and_enter (&fixture, "62.7");
  assert_value (&fixture, 62.7);
  g_assert_cmpstr (spin_text (&fixture), ==, "62.7");

  /* Finer than one decimal: rounded before it reaches the model, so the
   * model holds exactly what the entry shows. */
  type_and_enter (&fixture, "62.75");
  g_assert_cmpstr (spin_text (&fixture), ==, "62.8");
  assert_value (&fixture, 62.8);
  g_assert_true (offload_format_parse_number (spin_text (&fixture), &read_back));
  g_assert_cmpfloat (read_back, ==, offload_value_row_get_value (fixture.row));

  /* No trailing zeros. */
  type_and_enter (&fixture, "80.0");
  assert_value (&fixture, 80);
  g_assert_cmpstr (spin_text (&fixture), ==, "80");

  /* Quarter hours keep two decimals, and only as many as they have. */
  offload_value_row_set_spec (fixture.row, offload_catalog_get_input (offload_catalog_get_default (),
                                                                      OFFLOAD_INPUT_HOURS_PER_DAY));
  offload_value_row_set_value (fixture.row, 2.25);
  testing_spin_main_loop ();
  g_assert_cmpstr (spin_text (&fixture), ==, "2.25");
  offload_value_row_set_value (fixture.row, 2.5);
  testing_spin_main_loop ();
  g_assert_cmpstr (spin_text (&fixture), ==, "2.5");
  offload_value_row_set_value (fixture.row, 2);
  testing_spin_main_loop ();
  g_assert_cmpstr (spin_text (&fixture), ==, "2");

  /* A finer figure from a file is shown rounded, and leaving the entry
   * untouched does not round it in the model. */
  offload_value_row_set_value (fixture.row, 2.3456);
  testing_spin_main_loop ();
  g_assert_cmpstr (spin_text (&fixture), ==, "2.35");
  gtk_spin_button_update (fixture.spin);
  g_assert_cmpfloat (offload_value_row_get_value (fixture.row), ==, 2.3456);

  fixture_clear (&fixture);
}

static void
test_value_moves_clear_refusal (void)
{
  Fixture fixture;
  gboolean handled = FALSE;

  setlocale (LC_ALL, "C");
  fixture_init (&fixture, OFFLOAD_INPUT_HOURLY_VALUE, 80);

  /* The slider. */
  type_and_enter (&fixture, "abc");
  assert_refused (&fixture, "Enter a number from 0 to 10,000");
  g_signal_emit_by_name (offload_value_row_get_scale (fixture.row), "change-value", GTK_SCROLL_JUMP, 101.0, &handled);
  testing_spin_main_loop ();
  assert_accepted_shows (&fixture, 100, "100");

  /* The slider let go on the very value the model holds. */
  type_and_enter (&fixture, "abc");
  assert_refused (&fixture, "Enter a number from 0 to 10,000");
  g_signal_emit_by_name (offload_value_row_get_scale (fixture.row), "change-value", GTK_SCROLL_JUMP, 100.0, &handled);
  testing_spin_main_loop ();
  assert_accepted_shows (&fixture, 100, "100");

  /* The model, from elsewhere. */
  type_and_enter (&fixture, "abc");
  assert_refused (&fixture, "Enter a number from 0 to 10,000");
  offload_value_row_set_value (fixture.row, 50);
  testing_spin_main_loop ();
  assert_accepted_shows (&fixture, 50, "50");

  /* An arrow key: a step from the value kept, not from 0. */
  type_and_enter (&fixture, "abc");
  assert_refused (&fixture, "Enter a number from 0 to 10,000");
  g_signal_emit_by_name (fixture.spin, "change-value", GTK_SCROLL_STEP_UP);
  testing_spin_main_loop ();
  assert_accepted_shows (&fixture, 55, "55");

  fixture_clear (&fixture);
}

static void
test_french (void)
{
  Fixture fixture;
  g_autofree char *thousand_five_hundred = NULL;
  g_autofree char *message = NULL;
  g_autofree char *max = NULL;

  if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("fr_FR.UTF-8 locale not available");
      setlocale (LC_ALL, "C");
      return;
    }

  fixture_init (&fixture, OFFLOAD_INPUT_HOURLY_VALUE, 80);

  type_and_enter (&fixture, "3,5");
  assert_accepted_shows (&fixture, 3.5, "3,5");

  /* A "." is a decimal point in French too. */
  type_and_enter (&fixture, "62.7");
  assert_value (&fixture, 62.7);
  g_assert_cmpstr (spin_text (&fixture), ==, "62,7");

  /* Grouped by a space, shown grouped by the locale's narrow space. */
  thousand_five_hundred = offload_format_number (1500, 0);
  type_and_enter (&fixture, "1 500");
  assert_value (&fixture, 1500);
  g_assert_cmpstr (spin_text (&fixture), ==, thousand_five_hundred);
  type_and_enter (&fixture, thousand_five_hundred);
  assert_value (&fixture, 1500);

  /* The limit is written the French way. */
  max = offload_format_number (10000, 0);
  message = g_strdup_printf ("Enter a number from 0 to %s", max);
  type_and_enter (&fixture, "abc");
  assert_value (&fixture, 1500);
  assert_refused (&fixture, message);

  fixture_clear (&fixture);
  setlocale (LC_ALL, "C");
}

static void
test_example (void)
{
  Fixture fixture;
  GtkWidget *tag;

  setlocale (LC_ALL, "C");
  fixture_init (&fixture, OFFLOAD_INPUT_HOURS_PER_DAY, 2);
  tag = testing_template_child (fixture.row, OFFLOAD_TYPE_VALUE_ROW, "example_label");

  g_assert_false (offload_value_row_get_example (fixture.row));
  g_assert_false (gtk_widget_get_visible (tag));
  g_assert_true (gtk_widget_has_css_class (tag, "example-tag"));
  g_assert_true (gtk_widget_has_css_class (tag, "dim-label"));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (tag)), ==, "Example");

  offload_value_row_set_example (fixture.row, TRUE);
  g_assert_true (offload_value_row_get_example (fixture.row));
  g_assert_true (gtk_widget_get_visible (tag));
  g_assert_cmpuint (fixture.example_notifies, ==, 1);
  gtk_test_accessible_assert_property (fixture.spin, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Example figure: change it to your own");

  /* Only a real change notifies. */
  offload_value_row_set_example (fixture.row, TRUE);
  g_object_set (fixture.row, "example", TRUE, NULL);
  g_assert_cmpuint (fixture.example_notifies, ==, 1);

  /* A refusal speaks first, and the note comes back after it. */
  type_and_enter (&fixture, "abc");
  assert_refused (&fixture, "Enter a number from 0 to 24");
  type_and_enter (&fixture, "3");
  gtk_test_accessible_assert_property (fixture.spin, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Example figure: change it to your own");
  /* So does the model's warning about the figure. */
  offload_value_row_set_warning (fixture.row, "Unusually high");
  gtk_test_accessible_assert_property (fixture.spin, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Unusually high");
  offload_value_row_set_warning (fixture.row, NULL);
  gtk_test_accessible_assert_property (fixture.spin, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Example figure: change it to your own");

  g_object_set (fixture.row, "example", FALSE, NULL);
  g_assert_false (gtk_widget_get_visible (tag));
  g_assert_cmpuint (fixture.example_notifies, ==, 2);
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (fixture.spin), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));

  fixture_clear (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/value-row/letters-refused", test_letters_refused);
  g_test_add_func ("/value-row/english-decimals", test_english_decimals);
  g_test_add_func ("/value-row/out-of-range", test_out_of_range);
  g_test_add_func ("/value-row/whole-numbers", test_whole_numbers);
  g_test_add_func ("/value-row/shown-is-computed", test_shown_is_computed);
  g_test_add_func ("/value-row/value-moves-clear-refusal", test_value_moves_clear_refusal);
  g_test_add_func ("/value-row/fr_FR", test_french);
  g_test_add_func ("/value-row/example", test_example);

  return g_test_run ();
}
