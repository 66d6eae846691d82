import { describe, expect, it } from "vitest";
import type { Form } from "../../../src/ui/reply.js";
import { viewLimitViolations } from "../testing/slack-limit-violations.js";
import { mapFormErrors, readFormValues } from "./read-form-values.js";
import { renderForm } from "./render-form.js";

const survey: Form = {
  kind: "form",
  formId: "survey",
  context: "7",
  title: "Mid-year partner pulse survey for spring",
  submitLabel: "Send answers",
  fields: [
    { id: "q1", label: "How useful were the build nights?", kind: "scale", required: true },
    { id: "q2", label: "Which session helped most?", kind: "choice", required: false, options: [{ value: "kickoff", label: "Kickoff" }, { value: "build", label: "Build night" }], initial: "build" },
    { id: "q3", label: "Volunteer hours this month", kind: "number", required: false, placeholder: "for example 12" },
    { id: "q4", label: "Anything else?", kind: "long", required: false, maxLength: 5000, placeholder: "p".repeat(200) },
    { id: "q5", label: "Your organisation", kind: "short", required: true, initial: "Ridgeline" },
  ],
};

describe("renderForm", () => {
  const view = renderForm(survey, "C1");
  const input = (id: string) => view.blocks.find((block) => block.type === "input" && block.block_id === id) as any;

  it("stays within Slack's modal limits and repeats a title longer than 24 characters inside", () => {
    expect(viewLimitViolations(view)).toEqual([]);
    expect(view.title.text).toBe("Mid-year partner pulse …");
    expect(view.blocks[0]).toEqual({ type: "section", text: { type: "mrkdwn", text: "*Mid-year partner pulse survey for spring*" } });
    expect(JSON.parse(view.private_metadata!)).toEqual({ formId: "survey", context: "7", channelId: "C1" });
  });

  it("renders each kind of field as its Slack input", () => {
    expect(input("q1").element.options.map((option: any) => option.value)).toEqual(["1", "2", "3", "4", "5"]);
    expect(input("q1").optional).toBe(false);
    expect(input("q2").element).toMatchObject({ type: "static_select", initial_option: { value: "build" } });
    expect(input("q3").element).toMatchObject({ type: "number_input", is_decimal_allowed: true, placeholder: { text: "for example 12" } });
    expect(input("q4").element).toMatchObject({ type: "plain_text_input", multiline: true, max_length: 3000 });
    expect(input("q4").element.placeholder).toBeUndefined();
    expect(input("q4").hint.text).toBe("p".repeat(200));
    expect(input("q5").element).toMatchObject({ type: "plain_text_input", multiline: false, initial_value: "Ridgeline" });
  });

  it("refuses a form whose context would not fit private_metadata, rather than send one Slack rejects", () => {
    expect(() => renderForm({ ...survey, context: "x".repeat(3000) })).toThrow(/3000/);
  });
});

describe("reading a submitted modal", () => {
  it("reads typed, numeric and selected values and leaves out empty inputs", () => {
    const values = readFormValues({
      q1: { value: { type: "static_select", selected_option: { value: "4" } } },
      q2: { value: { type: "static_select", selected_option: null } },
      q3: { value: { type: "number_input", value: "12.5" } },
      q4: { value: { type: "plain_text_input", value: null } },
      q5: { value: { type: "plain_text_input", value: "Ridgeline" } },
    });
    expect(values).toEqual({ q1: "4", q3: "12.5", q5: "Ridgeline" });
  });

  it("puts each error under its input, and one about no particular input under the first", () => {
    expect(mapFormErrors({ q3: "Enter a number.", form: "That survey closed." }, ["q1", "q3"])).toEqual({ q3: "Enter a number.", q1: "That survey closed." });
  });
});
