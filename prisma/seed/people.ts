/**
 * Invented NTT residents: names, NIK (valid layout, fictional serial), address, phone and e-mail.
 * E-mail addresses use the reserved ".example" domain so no demo notification can reach a real inbox.
 */
import type { Rng } from "./random";
import { PLACES, type Place } from "./places";

export type Sex = "L" | "P";

const GIVEN: Record<Sex, readonly string[]> = {
  L: [
    "Yohanes", "Agustinus", "Petrus", "Paulus", "Kristofel", "Dominggus", "Alfons", "Gregorius", "Melkianus",
    "Ferdinandus", "Yakobus", "Aleksander", "Oktovianus", "Yermias", "Anselmus", "Hironimus", "Arnoldus",
    "Marthen", "Frederik", "Wilhelmus", "Lambertus", "Kornelis", "Egidius", "Rikardus", "Silvester",
    "Abdul Rahman", "Ridwan", "Hendrik", "Emanuel", "Yulius",
  ],
  P: [
    "Maria", "Yuliana", "Fransiska", "Marselina", "Imelda", "Veronika", "Selfina", "Rosalia", "Debora",
    "Elisabeth", "Ruth", "Adriana", "Yasinta", "Margaretha", "Florentina", "Theresia", "Agnes", "Priska",
    "Martha", "Siti Aminah", "Nurhayati", "Ester", "Lusia", "Katarina", "Sesilia", "Yohana",
  ],
};

// Family names common across Timor, Rote, Sabu, Flores, Sumba and Alor.
const FAMILY = [
  "Manek", "Bria", "Nahak", "Seran", "Tefa", "Taek", "Nope", "Nitbani", "Ndun", "Messakh", "Pah", "Lenggu",
  "Bire", "Hede", "Kana", "Wangge", "Djawa", "Rato", "Dhey", "Bhoga", "Fernandez", "da Costa", "Lewar",
  "Beda", "Keraf", "Ndapa", "Kaleka", "Laumalay", "Sare", "Wara", "Koten", "Tukan", "Leki", "Bani", "Nalle",
  "Tallo", "Mau", "Feka", "Tanesib", "Nenometa", "Mbete", "Loy", "Jehaut", "Dagur",
];

export type Person = { name: string; sex: Sex; birthYear: number };

// Sumbanese names: Umbu (men) / Rambu (women), a given name, a clan name.
const SUMBA_GIVEN: Record<Sex, readonly string[]> = { L: ["Ndakularak", "Hina", "Remi", "Pura"], P: ["Ana", "Kahi", "Hamu", "Lika"] };
const SUMBA_FAMILY = ["Ndapa", "Kaleka", "Hamba", "Lamba", "Mbili", "Taramanu"];

export function personName(rng: Rng, sex: Sex = rng.chance(0.5) ? "L" : "P"): Person {
  const birthYear = rng.int(1966, 2004);
  if (rng.chance(0.08)) {
    const name = `${sex === "L" ? "Umbu" : "Rambu"} ${rng.pick(SUMBA_GIVEN[sex])} ${rng.pick(SUMBA_FAMILY)}`;
    return { name, sex, birthYear };
  }
  const middle = rng.chance(0.3) ? ` ${rng.pick(FAMILY)}` : "";
  return { name: `${rng.pick(GIVEN[sex])}${middle} ${rng.pick(FAMILY)}`, sex, birthYear };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** PP KK CC DDMMYY NNNN, women's day + 40 (see lib/requests/nik.ts). */
export function fictionalNik(rng: Rng, person: Person, place: Place): string {
  const day = rng.int(1, 28) + (person.sex === "P" ? 40 : 0);
  const month = rng.int(1, 12);
  return `${place.regionCode}${pad(rng.int(1, 9))}${pad(day)}${pad(month)}${pad(person.birthYear % 100)}${pad(rng.int(1, 2999), 4)}`;
}

export function pickPlace(rng: Rng): Place {
  const index = rng.weighted(Object.fromEntries(PLACES.map((p, i) => [String(i), p.weight])));
  return PLACES[Number(index)];
}

export function address(rng: Rng, place: Place): string {
  const [street, village, district] = rng.pick(place.streets);
  const number = rng.chance(0.15) ? `${rng.int(1, 120)}A` : String(rng.int(1, 150));
  return `${street} No. ${number}, RT ${pad(rng.int(1, 24), 3)}/RW ${pad(rng.int(1, 9), 3)}, ${village}, ${district}, ${place.town}, Nusa Tenggara Timur ${place.postalCode}`;
}

/** Indonesian mobile numbers (Telkomsel, Indosat and XL prefixes). */
export function phone(rng: Rng): string {
  const prefix = rng.pick(["0812", "0813", "0821", "0822", "0852", "0853", "0857", "0878"]);
  return `${prefix}${pad(rng.int(0, 9999), 4)}${pad(rng.int(0, 9999), 4)}`;
}

export function emailFor(rng: Rng, name: string): string {
  const words = name.toLowerCase().replace(/[^a-z ]/g, "").split(" ").filter(Boolean);
  const local = `${words[0]}.${words[words.length - 1]}${rng.chance(0.6) ? rng.int(1, 99) : ""}`;
  return `${local}@mail.example`;
}
