/**
 * NTT regencies/cities for demo addresses: Kemendagri region code (first digits of a NIK), postal
 * code, a few real street and village names, and the main market watched for prices.
 * House numbers, RT/RW and every person living there are invented by the generator.
 */
export type Place = {
  /** How the town is named in an address line. */
  town: string;
  regency: string;
  regionCode: string;
  postalCode: string;
  market: string;
  /** [street, village (Kel./Desa), district (Kec.)] */
  streets: readonly (readonly [string, string, string])[];
  /** Relative share of demo applicants living here. */
  weight: number;
};

export const PLACES: readonly Place[] = [
  {
    town: "Kota Kupang", regency: "Kota Kupang", regionCode: "5371", postalCode: "85111", market: "Pasar Inpres Naikoten, Kupang", weight: 14,
    streets: [
      ["Jl. El Tari", "Kel. Oebobo", "Kec. Oebobo"],
      ["Jl. Frans Seda", "Kel. Fatululi", "Kec. Oebobo"],
      ["Jl. Timor Raya", "Kel. Oesapa", "Kec. Kelapa Lima"],
      ["Jl. Perintis Kemerdekaan I", "Kel. Kelapa Lima", "Kec. Kelapa Lima"],
      ["Jl. Adisucipto", "Kel. Penfui", "Kec. Maulafa"],
      ["Jl. Soeharto", "Kel. Naikoten I", "Kec. Kota Raja"],
      ["Jl. Jenderal Sudirman", "Kel. Kuanino", "Kec. Kota Raja"],
      ["Jl. Siliwangi", "Kel. Fatubesi", "Kec. Kota Lama"],
      ["Jl. Yos Sudarso", "Kel. Alak", "Kec. Alak"],
    ],
  },
  {
    town: "Oelamasi, Kabupaten Kupang", regency: "Kabupaten Kupang", regionCode: "5301", postalCode: "85361", market: "Pasar Oesao, Kabupaten Kupang", weight: 3,
    streets: [["Jl. Timor Raya", "Desa Oebelo", "Kec. Kupang Tengah"], ["Jl. Trans Timor", "Kel. Babau", "Kec. Kupang Timur"]],
  },
  {
    town: "Soe, Kabupaten Timor Tengah Selatan", regency: "Kabupaten Timor Tengah Selatan", regionCode: "5302", postalCode: "85511", market: "Pasar Inpres Soe", weight: 3,
    streets: [["Jl. Gajah Mada", "Kel. Karang Siri", "Kec. Kota Soe"], ["Jl. Diponegoro", "Kel. Kampung Baru", "Kec. Kota Soe"]],
  },
  {
    town: "Kefamenanu, Kabupaten Timor Tengah Utara", regency: "Kabupaten Timor Tengah Utara", regionCode: "5303", postalCode: "85613", market: "Pasar Baru Kefamenanu", weight: 3,
    streets: [["Jl. El Tari", "Kel. Benpasi", "Kec. Kota Kefamenanu"], ["Jl. Basuki Rahmat", "Kel. Kefamenanu Tengah", "Kec. Kota Kefamenanu"]],
  },
  {
    town: "Atambua, Kabupaten Belu", regency: "Kabupaten Belu", regionCode: "5304", postalCode: "85711", market: "Pasar Baru Atambua", weight: 3,
    streets: [["Jl. Soekarno", "Kel. Tenukiik", "Kec. Kota Atambua"], ["Jl. Basuki Rahmat", "Kel. Fatubenao", "Kec. Kota Atambua"]],
  },
  {
    town: "Kalabahi, Kabupaten Alor", regency: "Kabupaten Alor", regionCode: "5305", postalCode: "85811", market: "Pasar Kadelang, Kalabahi", weight: 2,
    streets: [["Jl. Diponegoro", "Kel. Kalabahi Kota", "Kec. Teluk Mutiara"], ["Jl. Soekarno-Hatta", "Kel. Binongko", "Kec. Teluk Mutiara"]],
  },
  {
    town: "Maumere, Kabupaten Sikka", regency: "Kabupaten Sikka", regionCode: "5307", postalCode: "86111", market: "Pasar Alok, Maumere", weight: 3,
    streets: [["Jl. Gajah Mada", "Kel. Kota Uneng", "Kec. Alok"], ["Jl. Ahmad Yani", "Kel. Madawat", "Kec. Alok"]],
  },
  {
    town: "Ende, Kabupaten Ende", regency: "Kabupaten Ende", regionCode: "5308", postalCode: "86311", market: "Pasar Mbongawani, Ende", weight: 3,
    streets: [["Jl. Kelimutu", "Kel. Kota Raja", "Kec. Ende Utara"], ["Jl. Gatot Subroto", "Kel. Paupanda", "Kec. Ende Selatan"]],
  },
  {
    town: "Bajawa, Kabupaten Ngada", regency: "Kabupaten Ngada", regionCode: "5309", postalCode: "86411", market: "Pasar Inpres Bajawa", weight: 2,
    streets: [["Jl. Soekarno-Hatta", "Kel. Ngedukelu", "Kec. Bajawa"], ["Jl. Gajah Mada", "Kel. Kisanata", "Kec. Bajawa"]],
  },
  {
    town: "Ruteng, Kabupaten Manggarai", regency: "Kabupaten Manggarai", regionCode: "5310", postalCode: "86511", market: "Pasar Inpres Ruteng", weight: 2,
    streets: [["Jl. Motang Rua", "Kel. Mbaumuku", "Kec. Langke Rembong"], ["Jl. Ahmad Yani", "Kel. Tenda", "Kec. Langke Rembong"]],
  },
  {
    town: "Labuan Bajo, Kabupaten Manggarai Barat", regency: "Kabupaten Manggarai Barat", regionCode: "5315", postalCode: "86554", market: "Pasar Baru Labuan Bajo", weight: 2,
    streets: [["Jl. Soekarno-Hatta", "Kel. Labuan Bajo", "Kec. Komodo"], ["Jl. Frans Nala", "Kel. Wae Kelambu", "Kec. Komodo"]],
  },
  {
    town: "Waingapu, Kabupaten Sumba Timur", regency: "Kabupaten Sumba Timur", regionCode: "5311", postalCode: "87111", market: "Pasar Inpres Matawai, Waingapu", weight: 3,
    streets: [["Jl. Ahmad Yani", "Kel. Kambajawa", "Kec. Kota Waingapu"], ["Jl. El Tari", "Kel. Hambala", "Kec. Kota Waingapu"]],
  },
  {
    town: "Waikabubak, Kabupaten Sumba Barat", regency: "Kabupaten Sumba Barat", regionCode: "5312", postalCode: "87211", market: "Pasar Inpres Waikabubak", weight: 2,
    streets: [["Jl. Ahmad Yani", "Kel. Komerda", "Kec. Kota Waikabubak"], ["Jl. Bhayangkara", "Kel. Wailiang", "Kec. Kota Waikabubak"]],
  },
  {
    town: "Lewoleba, Kabupaten Lembata", regency: "Kabupaten Lembata", regionCode: "5313", postalCode: "86611", market: "Pasar Pada, Lewoleba", weight: 2,
    streets: [["Jl. Trans Lembata", "Kel. Lewoleba Tengah", "Kec. Nubatukan"], ["Jl. Soekarno-Hatta", "Kel. Lewoleba Barat", "Kec. Nubatukan"]],
  },
  {
    town: "Ba'a, Kabupaten Rote Ndao", regency: "Kabupaten Rote Ndao", regionCode: "5314", postalCode: "85911", market: "Pasar Ba'a, Rote", weight: 2,
    streets: [["Jl. Lekunik", "Kel. Metina", "Kec. Lobalain"], ["Jl. Pantai Ba'a", "Kel. Mokdale", "Kec. Lobalain"]],
  },
];
