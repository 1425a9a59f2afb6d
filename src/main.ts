// First: tracing patches http, express, graphql and pg as they load.
import './observability/tracing';
import 'reflect-metadata';
import { serve } from './serve';

/** `npm start`. */
void serve();
