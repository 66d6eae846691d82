import { z } from "zod";
import { CalendarDateSchema, HandleSchema, NumberSchema, TextSchema, UserReferenceSchema } from "./argument-schemas.js";
import type { ArgumentKind, ArgumentSpec } from "./command.js";

/** A schema for one argument's raw string (undefined when it was left out). */
type Piece = z.ZodType<unknown, string | undefined>;

/** One argument declared once: what help, usage and Discord show, and how its string is parsed. */
export interface Argument<Schema extends Piece = Piece> {
  readonly spec: Omit<ArgumentSpec, "name">;
  readonly schema: Schema;
}

interface Options<S extends Piece> {
  /** Default true. Left out, an optional argument parses to undefined, or to `default`. */
  required?: boolean;
  /** Takes every remaining word (only the last positional argument). */
  rest?: boolean;
  /** The parsed value when the argument is left out; makes it optional. */
  default?: z.util.NoUndefined<z.output<S>>;
  /** Replaces the kind's usual schema; give the required form, the builder makes it optional. */
  schema?: S;
}

/**
 * The schema an argument ends up with: required as given, or optional, or with a default. The
 * helpers return it under NoInfer: a command's `arguments` is contextually typed as plain Argument,
 * and inferring from that would widen every parsed value to unknown.
 */
type Built<S extends Piece, O> = O extends { default: unknown } ? z.ZodDefault<S> : O extends { required: false } ? z.ZodOptional<S> : S;

function build<S extends Piece, O extends Options<S>>(kind: ArgumentKind, description: string, schema: S, options: O, choices?: readonly string[]): Argument<Built<NoInfer<S>, NoInfer<O>>> {
  const required = options.default === undefined && options.required !== false;
  const built = options.default !== undefined ? schema.default(options.default) : required ? schema : schema.optional();
  const spec = { description, kind, required, ...(options.rest === true ? { rest: true } : {}), ...(choices === undefined ? {} : { choices }) };
  return { spec, schema: built as Built<S, O> };
}

/** A partnership's handle: autocompleted on Discord, always required. */
export function partnership(description = "the partnership's handle"): Argument<typeof HandleSchema> {
  return build("partnership", description, HandleSchema, {});
}

export function text<S extends Piece = typeof TextSchema, const O extends Options<S> = {}>(description: string, options?: O & Options<S>): Argument<Built<NoInfer<S>, NoInfer<O>>> {
  return build("text", description, (options?.schema ?? TextSchema) as S, options ?? ({} as O));
}

export function number<S extends Piece = typeof NumberSchema, const O extends Options<S> = {}>(description: string, options?: O & Options<S>): Argument<Built<NoInfer<S>, NoInfer<O>>> {
  return build("number", description, (options?.schema ?? NumberSchema) as S, options ?? ({} as O));
}

export function date<S extends Piece = typeof CalendarDateSchema, const O extends Options<S> = {}>(description: string, options?: O & Options<S>): Argument<Built<NoInfer<S>, NoInfer<O>>> {
  return build("date", description, (options?.schema ?? CalendarDateSchema) as S, options ?? ({} as O));
}

/** A time of day; its schema lives with the commands that take one (schedule). */
export function time<S extends Piece, const O extends Options<S>>(description: string, options: O & Options<S> & { schema: S }): Argument<Built<NoInfer<S>, NoInfer<O>>> {
  return build("time", description, options.schema, options);
}

/** A person: a platform mention or a display name; a user option on Discord. */
export function user<S extends Piece = typeof UserReferenceSchema, const O extends Options<S> = {}>(description: string, options?: O & Options<S>): Argument<Built<NoInfer<S>, NoInfer<O>>> {
  return build("user", description, (options?.schema ?? UserReferenceSchema) as S, options ?? ({} as O));
}

type StringEnum = z.ZodEnum<Readonly<Record<string, string>>>;
type EnumChoice<E extends StringEnum> = z.ZodPipe<z.ZodString, E>;

/**
 * One of a fixed list. Given a vocabulary enum, the list is its options and a value is matched
 * ignoring case and spaces. Given a list and a `schema`, the schema decides what else it accepts
 * (weekdays also take "Mon" and "1").
 */
export function choice<E extends StringEnum, const O extends Options<EnumChoice<E>> = {}>(values: E, description: string, options?: O & Options<EnumChoice<E>>): Argument<Built<EnumChoice<NoInfer<E>>, NoInfer<O>>>;
export function choice<S extends Piece, const O extends Options<S>>(values: readonly string[], description: string, options: O & Options<S> & { schema: S }): Argument<Built<NoInfer<S>, NoInfer<O>>>;
export function choice(values: StringEnum | readonly string[], description: string, options: Options<Piece> = {}): Argument {
  if (!(values instanceof z.ZodEnum)) return build("choice", description, options.schema!, options, values);
  return build("choice", description, options.schema ?? z.string().trim().toLowerCase().pipe(values), options, values.options);
}

const FLAG_WORDS = ["yes", "no", "true", "false"] as const;

/** A yes/no option: `--name` alone means yes (collect-arguments fills that in); never positional. */
export function flag(description: string) {
  const schema = z
    .enum(FLAG_WORDS, { message: "expected yes or no" })
    .default("no")
    .transform((value) => value === "yes" || value === "true");
  return { spec: { description, kind: "flag", required: false }, schema } satisfies Argument;
}
