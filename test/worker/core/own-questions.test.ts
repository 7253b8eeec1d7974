// Our own paraphrases and out-of-scope questions (not the eval set), scored by the eval's rules inside
// workerd: a regression net for retrieval and abstention changes. One case per question, named by it. The
// questions the core misses today are listed, with why, in test/fixtures/known-misses.json and run as
// expected failures: a new miss fails its case, and a fixed one fails too, until it leaves the list.
import { describe, expect, it } from "vitest";
import { answer } from "../../../worker/core/answer.ts";
import { interview } from "../../../worker/interview.ts";
import { type EvalQuestion, scoreOne } from "../../eval/score.ts";
import batch1 from "../../fixtures/batches/batch-1.jsonl?raw";
import batch2 from "../../fixtures/batches/batch-2.jsonl?raw";
import batch3 from "../../fixtures/batches/batch-3.jsonl?raw";
import batch4 from "../../fixtures/batches/batch-4.jsonl?raw";
import batch5 from "../../fixtures/batches/batch-5.jsonl?raw";
import batch6 from "../../fixtures/batches/batch-6.jsonl?raw";
import batch7 from "../../fixtures/batches/batch-7.jsonl?raw";
import batch8 from "../../fixtures/batches/batch-8.jsonl?raw";
import batch9 from "../../fixtures/batches/batch-9.jsonl?raw";
import batch10 from "../../fixtures/batches/batch-10.jsonl?raw";
import batch11 from "../../fixtures/batches/batch-11.jsonl?raw";
import batch12 from "../../fixtures/batches/batch-12.jsonl?raw";
import batch13 from "../../fixtures/batches/batch-13.jsonl?raw";
import batch14 from "../../fixtures/batches/batch-14.jsonl?raw";
import batch15 from "../../fixtures/batches/batch-15.jsonl?raw";
import batch16 from "../../fixtures/batches/batch-16.jsonl?raw";
import batch17 from "../../fixtures/batches/batch-17.jsonl?raw";
import batch18 from "../../fixtures/batches/batch-18.jsonl?raw";
import batch19 from "../../fixtures/batches/batch-19.jsonl?raw";
import batch20 from "../../fixtures/batches/batch-20.jsonl?raw";
import batch21 from "../../fixtures/batches/batch-21.jsonl?raw";
import batch22 from "../../fixtures/batches/batch-22.jsonl?raw";
import batch23 from "../../fixtures/batches/batch-23.jsonl?raw";
import batch24 from "../../fixtures/batches/batch-24.jsonl?raw";
import batch25 from "../../fixtures/batches/batch-25.jsonl?raw";
import batch26 from "../../fixtures/batches/batch-26.jsonl?raw";
import batch27 from "../../fixtures/batches/batch-27.jsonl?raw";
import batch28 from "../../fixtures/batches/batch-28.jsonl?raw";
import batch29 from "../../fixtures/batches/batch-29.jsonl?raw";
import batch30 from "../../fixtures/batches/batch-30.jsonl?raw";
import batch31 from "../../fixtures/batches/batch-31.jsonl?raw";
import batch32 from "../../fixtures/batches/batch-32.jsonl?raw";
import batch33 from "../../fixtures/batches/batch-33.jsonl?raw";
import batch34 from "../../fixtures/batches/batch-34.jsonl?raw";
import batch35 from "../../fixtures/batches/batch-35.jsonl?raw";
import batch36 from "../../fixtures/batches/batch-36.jsonl?raw";
import batch37 from "../../fixtures/batches/batch-37.jsonl?raw";
import batch38 from "../../fixtures/batches/batch-38.jsonl?raw";
import batch39 from "../../fixtures/batches/batch-39.jsonl?raw";
import batch40 from "../../fixtures/batches/batch-40.jsonl?raw";
import batch41 from "../../fixtures/batches/batch-41.jsonl?raw";
import batch42 from "../../fixtures/batches/batch-42.jsonl?raw";
import batch43 from "../../fixtures/batches/batch-43.jsonl?raw";
import batch44 from "../../fixtures/batches/batch-44.jsonl?raw";
import batch45 from "../../fixtures/batches/batch-45.jsonl?raw";
import batch46 from "../../fixtures/batches/batch-46.jsonl?raw";
import batch47 from "../../fixtures/batches/batch-47.jsonl?raw";
import batch48 from "../../fixtures/batches/batch-48.jsonl?raw";
import batch49 from "../../fixtures/batches/batch-49.jsonl?raw";
import batch50 from "../../fixtures/batches/batch-50.jsonl?raw";
import batch51 from "../../fixtures/batches/batch-51.jsonl?raw";
import batch52 from "../../fixtures/batches/batch-52.jsonl?raw";
import batch53 from "../../fixtures/batches/batch-53.jsonl?raw";
import batch54 from "../../fixtures/batches/batch-54.jsonl?raw";
import batch55 from "../../fixtures/batches/batch-55.jsonl?raw";
import batch56 from "../../fixtures/batches/batch-56.jsonl?raw";
import batch57 from "../../fixtures/batches/batch-57.jsonl?raw";
import batch58 from "../../fixtures/batches/batch-58.jsonl?raw";
import batch59 from "../../fixtures/batches/batch-59.jsonl?raw";
import batch60 from "../../fixtures/batches/batch-60.jsonl?raw";
import batch61 from "../../fixtures/batches/batch-61.jsonl?raw";
import batch62 from "../../fixtures/batches/batch-62.jsonl?raw";
import batch63 from "../../fixtures/batches/batch-63.jsonl?raw";
import batch64 from "../../fixtures/batches/batch-64.jsonl?raw";
import batch65 from "../../fixtures/batches/batch-65.jsonl?raw";
import batch66 from "../../fixtures/batches/batch-66.jsonl?raw";
import batch67 from "../../fixtures/batches/batch-67.jsonl?raw";
import batch68 from "../../fixtures/batches/batch-68.jsonl?raw";
import batch69 from "../../fixtures/batches/batch-69.jsonl?raw";
import batch70 from "../../fixtures/batches/batch-70.jsonl?raw";
import batch71 from "../../fixtures/batches/batch-71.jsonl?raw";
import batch72 from "../../fixtures/batches/batch-72.jsonl?raw";
import batch73 from "../../fixtures/batches/batch-73.jsonl?raw";
import batch74 from "../../fixtures/batches/batch-74.jsonl?raw";
import batch75 from "../../fixtures/batches/batch-75.jsonl?raw";
import batch76 from "../../fixtures/batches/batch-76.jsonl?raw";
import batch77 from "../../fixtures/batches/batch-77.jsonl?raw";
import batch78 from "../../fixtures/batches/batch-78.jsonl?raw";
import batch79 from "../../fixtures/batches/batch-79.jsonl?raw";
import batch80 from "../../fixtures/batches/batch-80.jsonl?raw";
import batch81 from "../../fixtures/batches/batch-81.jsonl?raw";
import batch82 from "../../fixtures/batches/batch-82.jsonl?raw";
import batch83 from "../../fixtures/batches/batch-83.jsonl?raw";
import batch84 from "../../fixtures/batches/batch-84.jsonl?raw";
import batch85 from "../../fixtures/batches/batch-85.jsonl?raw";
import batch86 from "../../fixtures/batches/batch-86.jsonl?raw";
import batch87 from "../../fixtures/batches/batch-87.jsonl?raw";
import batch88 from "../../fixtures/batches/batch-88.jsonl?raw";
import batch89 from "../../fixtures/batches/batch-89.jsonl?raw";
import batch90 from "../../fixtures/batches/batch-90.jsonl?raw";
import batch91 from "../../fixtures/batches/batch-91.jsonl?raw";
import batch92 from "../../fixtures/batches/batch-92.jsonl?raw";
import batch93 from "../../fixtures/batches/batch-93.jsonl?raw";
import batch94 from "../../fixtures/batches/batch-94.jsonl?raw";
import batch95 from "../../fixtures/batches/batch-95.jsonl?raw";
import batch96 from "../../fixtures/batches/batch-96.jsonl?raw";
import batch97 from "../../fixtures/batches/batch-97.jsonl?raw";
import batch98 from "../../fixtures/batches/batch-98.jsonl?raw";
import batch99 from "../../fixtures/batches/batch-99.jsonl?raw";
import batch100 from "../../fixtures/batches/batch-100.jsonl?raw";
import batch101 from "../../fixtures/batches/batch-101.jsonl?raw";
import batch102 from "../../fixtures/batches/batch-102.jsonl?raw";
import batch103 from "../../fixtures/batches/batch-103.jsonl?raw";
import batch104 from "../../fixtures/batches/batch-104.jsonl?raw";
import batch105 from "../../fixtures/batches/batch-105.jsonl?raw";
import batch106 from "../../fixtures/batches/batch-106.jsonl?raw";
import batch107 from "../../fixtures/batches/batch-107.jsonl?raw";
import batch108 from "../../fixtures/batches/batch-108.jsonl?raw";
import batch109 from "../../fixtures/batches/batch-109.jsonl?raw";
import batch110 from "../../fixtures/batches/batch-110.jsonl?raw";
import batch111 from "../../fixtures/batches/batch-111.jsonl?raw";
import batch112 from "../../fixtures/batches/batch-112.jsonl?raw";
import batch113 from "../../fixtures/batches/batch-113.jsonl?raw";
import batch114 from "../../fixtures/batches/batch-114.jsonl?raw";
import batch115 from "../../fixtures/batches/batch-115.jsonl?raw";
import batch116 from "../../fixtures/batches/batch-116.jsonl?raw";
import batch117 from "../../fixtures/batches/batch-117.jsonl?raw";
import batch118 from "../../fixtures/batches/batch-118.jsonl?raw";
import batch119 from "../../fixtures/batches/batch-119.jsonl?raw";
import batch120 from "../../fixtures/batches/batch-120.jsonl?raw";
import batch121 from "../../fixtures/batches/batch-121.jsonl?raw";
import batch122 from "../../fixtures/batches/batch-122.jsonl?raw";
import batch123 from "../../fixtures/batches/batch-123.jsonl?raw";
import batch124 from "../../fixtures/batches/batch-124.jsonl?raw";
import batch125 from "../../fixtures/batches/batch-125.jsonl?raw";
import batch126 from "../../fixtures/batches/batch-126.jsonl?raw";
import batch127 from "../../fixtures/batches/batch-127.jsonl?raw";
import batch128 from "../../fixtures/batches/batch-128.jsonl?raw";
import batch129 from "../../fixtures/batches/batch-129.jsonl?raw";
import batch130 from "../../fixtures/batches/batch-130.jsonl?raw";
import batch131 from "../../fixtures/batches/batch-131.jsonl?raw";
import batch132 from "../../fixtures/batches/batch-132.jsonl?raw";
import batch133 from "../../fixtures/batches/batch-133.jsonl?raw";
import batch134 from "../../fixtures/batches/batch-134.jsonl?raw";
import batch135 from "../../fixtures/batches/batch-135.jsonl?raw";
import batch136 from "../../fixtures/batches/batch-136.jsonl?raw";
import batch137 from "../../fixtures/batches/batch-137.jsonl?raw";
import batch138 from "../../fixtures/batches/batch-138.jsonl?raw";
import batch139 from "../../fixtures/batches/batch-139.jsonl?raw";
import batch140 from "../../fixtures/batches/batch-140.jsonl?raw";
import batch141 from "../../fixtures/batches/batch-141.jsonl?raw";
import batch142 from "../../fixtures/batches/batch-142.jsonl?raw";
import batch143 from "../../fixtures/batches/batch-143.jsonl?raw";
import batch144 from "../../fixtures/batches/batch-144.jsonl?raw";
import batch145 from "../../fixtures/batches/batch-145.jsonl?raw";
import batch146 from "../../fixtures/batches/batch-146.jsonl?raw";
import batch147 from "../../fixtures/batches/batch-147.jsonl?raw";
import batch148 from "../../fixtures/batches/batch-148.jsonl?raw";
import batch149 from "../../fixtures/batches/batch-149.jsonl?raw";
import batch150 from "../../fixtures/batches/batch-150.jsonl?raw";
import batch151 from "../../fixtures/batches/batch-151.jsonl?raw";
import batch152 from "../../fixtures/batches/batch-152.jsonl?raw";
import batch153 from "../../fixtures/batches/batch-153.jsonl?raw";
import batch154 from "../../fixtures/batches/batch-154.jsonl?raw";
import batch155 from "../../fixtures/batches/batch-155.jsonl?raw";
import batch156 from "../../fixtures/batches/batch-156.jsonl?raw";
import batch157 from "../../fixtures/batches/batch-157.jsonl?raw";
import batch158 from "../../fixtures/batches/batch-158.jsonl?raw";
import batch159 from "../../fixtures/batches/batch-159.jsonl?raw";
import batch160 from "../../fixtures/batches/batch-160.jsonl?raw";
import batch161 from "../../fixtures/batches/batch-161.jsonl?raw";
import batch162 from "../../fixtures/batches/batch-162.jsonl?raw";
import batch163 from "../../fixtures/batches/batch-163.jsonl?raw";
import batch164 from "../../fixtures/batches/batch-164.jsonl?raw";
import batch165 from "../../fixtures/batches/batch-165.jsonl?raw";
import batch166 from "../../fixtures/batches/batch-166.jsonl?raw";
import batch167 from "../../fixtures/batches/batch-167.jsonl?raw";
import batch168 from "../../fixtures/batches/batch-168.jsonl?raw";
import batch169 from "../../fixtures/batches/batch-169.jsonl?raw";
import batch170 from "../../fixtures/batches/batch-170.jsonl?raw";
import batch171 from "../../fixtures/batches/batch-171.jsonl?raw";
import batch172 from "../../fixtures/batches/batch-172.jsonl?raw";
import batch173 from "../../fixtures/batches/batch-173.jsonl?raw";
import batch174 from "../../fixtures/batches/batch-174.jsonl?raw";
import batch175 from "../../fixtures/batches/batch-175.jsonl?raw";
import batch176 from "../../fixtures/batches/batch-176.jsonl?raw";
import batch177 from "../../fixtures/batches/batch-177.jsonl?raw";
import batch178 from "../../fixtures/batches/batch-178.jsonl?raw";
import batch179 from "../../fixtures/batches/batch-179.jsonl?raw";
import batch180 from "../../fixtures/batches/batch-180.jsonl?raw";
import knownMisses from "../../fixtures/known-misses.json";
import own from "../../fixtures/own-questions.jsonl?raw";

interface KnownMiss {
  id: string;
  q: string;
  reason: string;
}

const parse = (text: string): EvalQuestion[] =>
  text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));

// The floors are the scores docs/QUALITY.md records for each set: the known misses may not outgrow them.
const sets = [
  { name: "own-questions", questions: parse(own), floor: 143 / 143 },
  // Reader-style batches, kept as regression fixtures after their first-sight score was logged.
  { name: "batch-1", questions: parse(batch1), floor: 50 / 53 },
  { name: "batch-2", questions: parse(batch2), floor: 50 / 52 },
  { name: "batch-3", questions: parse(batch3), floor: 46 / 47 },
  { name: "batch-4", questions: parse(batch4), floor: 67 / 69 },
  { name: "batch-5", questions: parse(batch5), floor: 59 / 65 },
  { name: "batch-6", questions: parse(batch6), floor: 40 / 41 },
  { name: "batch-7", questions: parse(batch7), floor: 53 / 57 },
  { name: "batch-8", questions: parse(batch8), floor: 41 / 43 },
  { name: "batch-9", questions: parse(batch9), floor: 54 / 58 },
  { name: "batch-10", questions: parse(batch10), floor: 22 / 25 },
  { name: "batch-11", questions: parse(batch11), floor: 29 / 30 },
  { name: "batch-12", questions: parse(batch12), floor: 21 / 28 },
  { name: "batch-13", questions: parse(batch13), floor: 44 / 47 },
  { name: "batch-14", questions: parse(batch14), floor: 19 / 24 },
  { name: "batch-15", questions: parse(batch15), floor: 28 / 29 },
  { name: "batch-16", questions: parse(batch16), floor: 15 / 18 },
  { name: "batch-17", questions: parse(batch17), floor: 44 / 45 },
  { name: "batch-18", questions: parse(batch18), floor: 16 / 30 },
  { name: "batch-19", questions: parse(batch19), floor: 35 / 36 },
  { name: "batch-20", questions: parse(batch20), floor: 38 / 40 },
  { name: "batch-21", questions: parse(batch21), floor: 36 / 40 },
  { name: "batch-22", questions: parse(batch22), floor: 37 / 40 },
  { name: "batch-23", questions: parse(batch23), floor: 40 / 40 },
  { name: "batch-24", questions: parse(batch24), floor: 36 / 40 },
  { name: "batch-25", questions: parse(batch25), floor: 36 / 40 },
  { name: "batch-26", questions: parse(batch26), floor: 36 / 40 },
  { name: "batch-27", questions: parse(batch27), floor: 34 / 40 },
  { name: "batch-28", questions: parse(batch28), floor: 39 / 40 },
  { name: "batch-29", questions: parse(batch29), floor: 39 / 40 },
  { name: "batch-30", questions: parse(batch30), floor: 39 / 40 },
  { name: "batch-31", questions: parse(batch31), floor: 35 / 40 },
  { name: "batch-32", questions: parse(batch32), floor: 40 / 40 },
  { name: "batch-33", questions: parse(batch33), floor: 34 / 40 },
  { name: "batch-34", questions: parse(batch34), floor: 37 / 40 },
  { name: "batch-35", questions: parse(batch35), floor: 30 / 40 },
  { name: "batch-36", questions: parse(batch36), floor: 37 / 40 },
  { name: "batch-37", questions: parse(batch37), floor: 38 / 40 },
  { name: "batch-38", questions: parse(batch38), floor: 37 / 40 },
  { name: "batch-39", questions: parse(batch39), floor: 39 / 40 },
  { name: "batch-40", questions: parse(batch40), floor: 39 / 40 },
  { name: "batch-41", questions: parse(batch41), floor: 38 / 40 },
  { name: "batch-42", questions: parse(batch42), floor: 39 / 40 },
  { name: "batch-43", questions: parse(batch43), floor: 36 / 40 },
  { name: "batch-44", questions: parse(batch44), floor: 39 / 40 },
  { name: "batch-45", questions: parse(batch45), floor: 36 / 40 },
  { name: "batch-46", questions: parse(batch46), floor: 36 / 40 },
  { name: "batch-47", questions: parse(batch47), floor: 37 / 40 },
  { name: "batch-48", questions: parse(batch48), floor: 36 / 40 },
  { name: "batch-49", questions: parse(batch49), floor: 37 / 40 },
  { name: "batch-50", questions: parse(batch50), floor: 37 / 40 },
  { name: "batch-51", questions: parse(batch51), floor: 40 / 40 },
  { name: "batch-52", questions: parse(batch52), floor: 39 / 40 },
  { name: "batch-53", questions: parse(batch53), floor: 39 / 40 },
  { name: "batch-54", questions: parse(batch54), floor: 40 / 40 },
  { name: "batch-55", questions: parse(batch55), floor: 38 / 40 },
  { name: "batch-56", questions: parse(batch56), floor: 40 / 40 },
  { name: "batch-57", questions: parse(batch57), floor: 40 / 40 },
  { name: "batch-58", questions: parse(batch58), floor: 38 / 40 },
  { name: "batch-59", questions: parse(batch59), floor: 33 / 40 },
  { name: "batch-60", questions: parse(batch60), floor: 40 / 40 },
  { name: "batch-61", questions: parse(batch61), floor: 38 / 40 },
  { name: "batch-62", questions: parse(batch62), floor: 38 / 40 },
  { name: "batch-63", questions: parse(batch63), floor: 39 / 40 },
  { name: "batch-64", questions: parse(batch64), floor: 39 / 40 },
  { name: "batch-65", questions: parse(batch65), floor: 40 / 40 },
  { name: "batch-66", questions: parse(batch66), floor: 37 / 40 },
  { name: "batch-67", questions: parse(batch67), floor: 39 / 40 },
  { name: "batch-68", questions: parse(batch68), floor: 37 / 40 },
  { name: "batch-69", questions: parse(batch69), floor: 38 / 40 },
  { name: "batch-70", questions: parse(batch70), floor: 37 / 40 },
  { name: "batch-71", questions: parse(batch71), floor: 39 / 40 },
  { name: "batch-72", questions: parse(batch72), floor: 39 / 40 },
  { name: "batch-73", questions: parse(batch73), floor: 38 / 40 },
  { name: "batch-74", questions: parse(batch74), floor: 39 / 40 },
  { name: "batch-75", questions: parse(batch75), floor: 38 / 40 },
  { name: "batch-76", questions: parse(batch76), floor: 36 / 40 },
  { name: "batch-77", questions: parse(batch77), floor: 39 / 40 },
  { name: "batch-78", questions: parse(batch78), floor: 40 / 40 },
  { name: "batch-79", questions: parse(batch79), floor: 37 / 40 },
  { name: "batch-80", questions: parse(batch80), floor: 39 / 40 },
  { name: "batch-81", questions: parse(batch81), floor: 39 / 40 },
  { name: "batch-82", questions: parse(batch82), floor: 38 / 40 },
  { name: "batch-83", questions: parse(batch83), floor: 39 / 40 },
  { name: "batch-84", questions: parse(batch84), floor: 39 / 40 },
  { name: "batch-85", questions: parse(batch85), floor: 39 / 40 },
  { name: "batch-86", questions: parse(batch86), floor: 39 / 40 },
  { name: "batch-87", questions: parse(batch87), floor: 36 / 40 },
  { name: "batch-88", questions: parse(batch88), floor: 38 / 40 },
  { name: "batch-89", questions: parse(batch89), floor: 40 / 40 },
  { name: "batch-90", questions: parse(batch90), floor: 40 / 40 },
  { name: "batch-91", questions: parse(batch91), floor: 39 / 40 },
  { name: "batch-92", questions: parse(batch92), floor: 40 / 40 },
  { name: "batch-93", questions: parse(batch93), floor: 39 / 40 },
  { name: "batch-94", questions: parse(batch94), floor: 39 / 40 },
  { name: "batch-95", questions: parse(batch95), floor: 40 / 40 },
  { name: "batch-96", questions: parse(batch96), floor: 38 / 40 },
  { name: "batch-97", questions: parse(batch97), floor: 40 / 40 },
  { name: "batch-98", questions: parse(batch98), floor: 39 / 40 },
  { name: "batch-99", questions: parse(batch99), floor: 40 / 40 },
  { name: "batch-100", questions: parse(batch100), floor: 39 / 40 },
  { name: "batch-101", questions: parse(batch101), floor: 39 / 40 },
  { name: "batch-102", questions: parse(batch102), floor: 36 / 40 },
  { name: "batch-103", questions: parse(batch103), floor: 38 / 40 },
  { name: "batch-104", questions: parse(batch104), floor: 38 / 40 },
  { name: "batch-105", questions: parse(batch105), floor: 38 / 40 },
  { name: "batch-106", questions: parse(batch106), floor: 38 / 40 },
  { name: "batch-107", questions: parse(batch107), floor: 39 / 40 },
  { name: "batch-108", questions: parse(batch108), floor: 38 / 40 },
  { name: "batch-109", questions: parse(batch109), floor: 38 / 40 },
  { name: "batch-110", questions: parse(batch110), floor: 39 / 40 },
  { name: "batch-111", questions: parse(batch111), floor: 40 / 40 },
  { name: "batch-112", questions: parse(batch112), floor: 36 / 40 },
  { name: "batch-113", questions: parse(batch113), floor: 35 / 40 },
  { name: "batch-114", questions: parse(batch114), floor: 38 / 40 },
  { name: "batch-115", questions: parse(batch115), floor: 39 / 40 },
  { name: "batch-116", questions: parse(batch116), floor: 40 / 40 },
  { name: "batch-117", questions: parse(batch117), floor: 38 / 40 },
  { name: "batch-118", questions: parse(batch118), floor: 38 / 40 },
  { name: "batch-119", questions: parse(batch119), floor: 40 / 40 },
  { name: "batch-120", questions: parse(batch120), floor: 40 / 40 },
  { name: "batch-121", questions: parse(batch121), floor: 40 / 40 },
  { name: "batch-122", questions: parse(batch122), floor: 36 / 40 },
  { name: "batch-123", questions: parse(batch123), floor: 39 / 40 },
  { name: "batch-124", questions: parse(batch124), floor: 40 / 40 },
  { name: "batch-125", questions: parse(batch125), floor: 37 / 40 },
  { name: "batch-126", questions: parse(batch126), floor: 39 / 40 },
  { name: "batch-127", questions: parse(batch127), floor: 39 / 40 },
  { name: "batch-128", questions: parse(batch128), floor: 39 / 40 },
  { name: "batch-129", questions: parse(batch129), floor: 38 / 40 },
  { name: "batch-130", questions: parse(batch130), floor: 37 / 40 },
  { name: "batch-131", questions: parse(batch131), floor: 39 / 40 },
  { name: "batch-132", questions: parse(batch132), floor: 39 / 40 },
  { name: "batch-133", questions: parse(batch133), floor: 36 / 40 },
  { name: "batch-134", questions: parse(batch134), floor: 39 / 40 },
  { name: "batch-135", questions: parse(batch135), floor: 35 / 40 },
  { name: "batch-136", questions: parse(batch136), floor: 38 / 40 },
  { name: "batch-137", questions: parse(batch137), floor: 36 / 40 },
  { name: "batch-138", questions: parse(batch138), floor: 39 / 40 },
  { name: "batch-139", questions: parse(batch139), floor: 39 / 40 },
  { name: "batch-140", questions: parse(batch140), floor: 39 / 40 },
  { name: "batch-141", questions: parse(batch141), floor: 36 / 40 },
  { name: "batch-142", questions: parse(batch142), floor: 36 / 40 },
  { name: "batch-143", questions: parse(batch143), floor: 39 / 40 },
  { name: "batch-144", questions: parse(batch144), floor: 38 / 40 },
  { name: "batch-145", questions: parse(batch145), floor: 37 / 40 },
  { name: "batch-146", questions: parse(batch146), floor: 38 / 40 },
  { name: "batch-147", questions: parse(batch147), floor: 39 / 40 },
  { name: "batch-148", questions: parse(batch148), floor: 37 / 40 },
  { name: "batch-149", questions: parse(batch149), floor: 40 / 40 },
  { name: "batch-150", questions: parse(batch150), floor: 40 / 40 },
  { name: "batch-151", questions: parse(batch151), floor: 36 / 40 },
  { name: "batch-152", questions: parse(batch152), floor: 40 / 40 },
  { name: "batch-153", questions: parse(batch153), floor: 36 / 40 },
  { name: "batch-154", questions: parse(batch154), floor: 40 / 40 },
  { name: "batch-155", questions: parse(batch155), floor: 37 / 40 },
  { name: "batch-156", questions: parse(batch156), floor: 39 / 40 },
  { name: "batch-157", questions: parse(batch157), floor: 39 / 40 },
  { name: "batch-158", questions: parse(batch158), floor: 35 / 40 },
  { name: "batch-159", questions: parse(batch159), floor: 39 / 40 },
  { name: "batch-160", questions: parse(batch160), floor: 38 / 40 },
  { name: "batch-161", questions: parse(batch161), floor: 38 / 40 },
  { name: "batch-162", questions: parse(batch162), floor: 38 / 40 },
  { name: "batch-163", questions: parse(batch163), floor: 38 / 40 },
  { name: "batch-164", questions: parse(batch164), floor: 38 / 40 },
  { name: "batch-165", questions: parse(batch165), floor: 38 / 40 },
  { name: "batch-166", questions: parse(batch166), floor: 35 / 40 },
  { name: "batch-167", questions: parse(batch167), floor: 36 / 40 },
  { name: "batch-168", questions: parse(batch168), floor: 36 / 40 },
  { name: "batch-169", questions: parse(batch169), floor: 38 / 40 },
  { name: "batch-170", questions: parse(batch170), floor: 36 / 40 },
  { name: "batch-171", questions: parse(batch171), floor: 36 / 40 },
  { name: "batch-172", questions: parse(batch172), floor: 39 / 40 },
  { name: "batch-173", questions: parse(batch173), floor: 38 / 40 },
  { name: "batch-174", questions: parse(batch174), floor: 36 / 40 },
  { name: "batch-175", questions: parse(batch175), floor: 34 / 40 },
  { name: "batch-176", questions: parse(batch176), floor: 39 / 40 },
  { name: "batch-177", questions: parse(batch177), floor: 35 / 40 },
  { name: "batch-178", questions: parse(batch178), floor: 34 / 40 },
  { name: "batch-179", questions: parse(batch179), floor: 37 / 40 },
  { name: "batch-180", questions: parse(batch180), floor: 37 / 40 },
] as const;

/** Answered as the set expects: every fact, the passage cited first, a refusal where it must abstain, its script. */
function expectAnswered(q: EvalQuestion) {
  const a = answer(q.q, { index: interview, history: q.history });
  const verdict = scoreOne(q, {
    answer: a.text,
    found: a.found,
    intent: a.intent,
    citations: a.citations,
    suggestions: [],
  });
  expect(verdict.why, `reply: ${a.text}`).toEqual([]);
}

describe.each(sets)("$name", ({ name, questions, floor }) => {
  const misses: KnownMiss[] = (knownMisses as Record<string, KnownMiss[]>)[name] ?? [];
  const missed = new Set(misses.map((m) => m.id));

  it.each(questions.filter((q) => !missed.has(q.id)))("$id $q", expectAnswered);
  it.fails.each(questions.filter((q) => missed.has(q.id)))("$id $q (known miss)", expectAnswered);

  it("lists only questions of this set as known misses, and no more than its floor allows", () => {
    const byId = new Map(questions.map((q) => [q.id, q.q]));
    for (const m of misses) expect(byId.get(m.id), `${m.id} in known-misses.json`).toBe(m.q);
    expect(questions.length - misses.length).toBeGreaterThanOrEqual(Math.round(floor * questions.length));
  });
});
