import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// A screen waits for its stubbed answers and lazy chunks; beside the other test lane on a busy machine that
// takes more than Testing Library's default second. A real failure still fails, only later.
configure({ asyncUtilTimeout: 5_000 });
// Jest reads `testTimeout` only from the root configuration of a multi-project run: the screens set theirs
// here, where a project's setup can.
jest.setTimeout(15_000);
