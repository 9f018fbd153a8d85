// The nine SKM elements (unsur) of PermenPANRB 14/2017, each answered on a 1–4 scale whose
// wording fits the element (domain README §6). Data, not logic: the form, the IKM table and
// the report all read this one list.
export type UnsurCode = "U1" | "U2" | "U3" | "U4" | "U5" | "U6" | "U7" | "U8" | "U9";

export type Unsur = {
  code: UnsurCode;
  name: string;
  question: string;
  /** Answer labels for scores 1, 2, 3, 4 in that order. */
  scale: readonly [string, string, string, string];
};

export const UNSUR: readonly Unsur[] = [
  { code: "U1", name: "Persyaratan", question: "Bagaimana kesesuaian persyaratan pelayanan dengan jenis pelayanannya?", scale: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"] },
  { code: "U2", name: "Sistem, mekanisme dan prosedur", question: "Bagaimana kemudahan prosedur pelayanan di unit ini?", scale: ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"] },
  { code: "U3", name: "Waktu penyelesaian", question: "Bagaimana kecepatan waktu dalam memberikan pelayanan?", scale: ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"] },
  { code: "U4", name: "Biaya/tarif", question: "Bagaimana kewajaran biaya/tarif dalam pelayanan?", scale: ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"] },
  { code: "U5", name: "Produk spesifikasi jenis pelayanan", question: "Bagaimana kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?", scale: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"] },
  { code: "U6", name: "Kompetensi pelaksana", question: "Bagaimana kompetensi/kemampuan petugas dalam pelayanan?", scale: ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"] },
  { code: "U7", name: "Perilaku pelaksana", question: "Bagaimana perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?", scale: ["Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"] },
  { code: "U8", name: "Penanganan pengaduan, saran dan masukan", question: "Bagaimana kualitas penanganan pengaduan, saran dan masukan?", scale: ["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"] },
  { code: "U9", name: "Sarana dan prasarana", question: "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?", scale: ["Buruk", "Cukup", "Baik", "Sangat baik"] },
] as const;

export const UNSUR_CODES: readonly UnsurCode[] = UNSUR.map((u) => u.code);
